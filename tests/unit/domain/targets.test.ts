import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import { historyOf } from '../../../main/domain/store/audit';
import { copyTargets, deleteTarget, listTargets, setTarget } from '../../../main/domain/targets';
import { INDICATOR_CODES, INDICATORS } from '@contract/targets/indicators';
import { actor, world } from './fixtures-trips';
import { auditCount, rowCount, ctx, domainError } from '../testDb';

describe('targets', () => {
  it('catalogues every indicator with a Chinese name, unit and definition', () => {
    expect(INDICATOR_CODES).toHaveLength(13);
    for (const code of INDICATOR_CODES) {
      expect(INDICATORS[code].code).toBe(code);
      expect(INDICATORS[code].definition).toMatch(/。$/);
    }
    expect(INDICATORS.signedProjects).toMatchObject({ name: '签约项目', unit: 'count', measure: 'time' });
    expect(INDICATORS.negotiatingBigCount.measure).toBe('level');
    expect(INDICATORS.contractAmount).toMatchObject({ name: '合同投资额', unit: 'yuan' });
    expect(INDICATORS.serviceClosureRate.unit).toBe('percent');
    expect(INDICATORS.visitorPersonTimes.unit).toBe('personTimes');
  });

  it('upserts one value per year, indicator and team; setting again replaces it', () => {
    const w = world();
    const first = setTarget(w.db, actor, { year: 2024, indicator: 'contractAmount', value: 7_400_000_000 });
    const again = setTarget(w.db, actor, { year: 2024, indicator: 'contractAmount', value: 8_000_000_000 });
    expect(again.id).toBe(first.id);
    expect(again.value).toBe(8_000_000_000);
    const team = setTarget(w.db, actor, {
      year: 2024,
      indicator: 'contractAmount',
      teamId: w.teamId,
      value: 1_000_000_000,
    });
    expect(team.id).not.toBe(first.id);
    setTarget(w.db, actor, { year: 2024, indicator: 'newBigProjects', value: 24 });
    setTarget(w.db, actor, { year: 2023, indicator: 'newBigProjects', value: 20 });
    expect(rowCount(w.db, 'targets')).toBe(4);

    const rows = listTargets(w.db, { year: 2024 });
    expect(rows.map((r) => [r.indicator, r.teamName])).toEqual([
      ['contractAmount', null],
      ['newBigProjects', null],
      ['contractAmount', '第一招商小分队'],
    ]);
    expect(rows[0]).toMatchObject({ indicatorName: '合同投资额', unit: 'yuan', value: 8_000_000_000 });
    const history = historyOf(w.db, 'target', first.id);
    expect(history[0]).toMatchObject({
      action: 'update',
      before: { value: 7_400_000_000 },
      after: { value: 8_000_000_000 },
    });

    deleteTarget(w.db, actor, team.id);
    expect(listTargets(w.db, { year: 2024 })).toHaveLength(2);
  });

  it('refuses unknown indicators, missing teams and out-of-range values', () => {
    const w = world();
    expect(
      domainError(() => setTarget(w.db, actor, { year: 2024, indicator: 'gdp', value: 1 })).fields?.indicator,
    ).toBe('指标取值无效');
    expect(
      domainError(() => setTarget(w.db, actor, { year: 2024, indicator: 'trips', teamId: 99, value: 6 }))
        .fields?.teamId,
    ).toContain('不存在');
    expect(
      domainError(() =>
        setTarget(w.db, actor, { year: 2024, indicator: 'serviceClosureRate', value: 10_001 }),
      ).fields?.value,
    ).toContain('100%');
    expect(setTarget(w.db, actor, { year: 2024, indicator: 'serviceClosureRate', value: 9550 }).value).toBe(
      9550,
    );
    expect(
      domainError(() => setTarget(w.db, actor, { year: 1999, indicator: 'trips', value: 6 })).fields?.year,
    ).toBeTruthy();
    expect(rowCount(w.db, 'targets')).toBe(1);
  });

  it('works through dispatch, refusing unknown extra keys', async () => {
    const w = world();
    const c = ctx(w.db);
    expect((await dispatch(c, 'targets.set', { year: 2024, indicator: 'trips', value: 12 })).ok).toBe(true);
    const extra = await dispatch(c, 'targets.set', {
      year: 2024,
      indicator: 'trips',
      value: 12,
      unit: 'count',
    });
    expect(extra.ok ? null : extra.error.code).toBe('VALIDATION');
    const list = await dispatch(c, 'targets.list', { year: 2024 });
    expect(list.ok && (list.value as unknown[]).length).toBe(1);
  });

  it("copies a year's targets to the next, replacing what was there, all or nothing", () => {
    const w = world();
    setTarget(w.db, actor, { year: 2024, indicator: 'contractAmount', value: 7_420_000_000 });
    setTarget(w.db, actor, { year: 2024, indicator: 'trips', teamId: w.teamId, value: 6 });
    setTarget(w.db, actor, { year: 2025, indicator: 'trips', teamId: w.teamId, value: 4 });
    expect(copyTargets(w.db, actor, { fromYear: 2024, toYear: 2025 })).toEqual({ copied: 2 });
    expect(listTargets(w.db, { year: 2025 }).map((r) => [r.indicator, r.teamName, r.value])).toEqual([
      ['contractAmount', null, 7_420_000_000],
      ['trips', '第一招商小分队', 6],
    ]);
    expect(auditCount(w.db, 'target')).toBe(5); // 3 set by hand, 1 copied in, 1 replaced

    const before = rowCount(w.db, 'targets');
    expect(domainError(() => copyTargets(w.db, actor, { fromYear: 2023, toYear: 2025 })).message).toBe(
      '2023年没有设定目标，无法复制',
    );
    expect(domainError(() => copyTargets(w.db, actor, { fromYear: 2025, toYear: 2025 })).message).toBe(
      '复制的来源年度和目标年度不能相同',
    );
    expect(rowCount(w.db, 'targets')).toBe(before);
  });
});
