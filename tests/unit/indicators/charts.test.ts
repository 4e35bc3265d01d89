import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import { breakdown, cycleTimes, funnel, ranking, trend, workload } from '../../../main/domain/indicators';
import { gucheng2021, YI } from './gucheng2021';

const ON_MAY_31 = { from: '2021-01-01', to: '2021-12-31', asOf: '2021-05-31' };
const w = gucheng2021();

describe('funnel', () => {
  it('shows the pipeline today and the milestones reached in the period', () => {
    const f = funnel(w.db, ON_MAY_31);
    const row = (stage: string) => f.stages.find((s) => s.stage === stage);
    expect(f.stages.map((s) => [s.stage, s.basis, s.count])).toEqual([
      ['lead', 'now', 0],
      ['contact', 'now', 1],
      ['visit', 'now', 1],
      ['negotiating', 'now', 4],
      ['signed', 'reached', 20],
      ['registered', 'reached', 0],
      ['started', 'reached', 3],
      ['producing', 'reached', 0],
      ['full', 'reached', 0],
    ]);
    expect(row('negotiating')?.amount).toBe(8.5 * YI);
    expect(row('signed')?.amount).toBe(8_457_000_000);
    expect(row('started')?.amount).toBe(2_120_000_000);
    expect(f.dropped).toBe(1); // signed 1 March, dropped 10 April
  });
});

describe('monthly trend', () => {
  it('sums signings and arrivals by month, months after the statistics day unreported', () => {
    const t = trend(w.db, ON_MAY_31);
    expect(t.months).toHaveLength(12);
    expect(
      t.months
        .slice(0, 6)
        .map((m) => [m.month, m.signedCount, m.contractAmount, m.arrivedAmount, m.reported]),
    ).toEqual([
      ['2021-01', 3, 1_840_000_000, 0, true],
      ['2021-02', 4, 1_739_000_000, 20 * YI, true],
      ['2021-03', 4, 2_040_000_000, 0, true],
      ['2021-04', 4, 1_060_000_000, 1_080_000_000, true],
      ['2021-05', 5, 1_778_000_000, 5 * YI, true],
      ['2021-06', 0, 0, 0, false],
    ]);
  });
});

describe('breakdowns', () => {
  it('by industry: signings of the period beside the 亿元以上 projects in talks', () => {
    const b = breakdown(w.db, { ...ON_MAY_31, dimension: 'industry' });
    expect(
      b.rows.map((r) => [r.label, r.signedCount, r.contractAmount, r.talksCount, r.talksAmount]),
    ).toEqual([
      ['智能制造', 7, 2_238_000_000, 0, 0],
      ['数字化供应链', 6, 1_920_000_000, 0, 0],
      ['电子信息', 3, 16 * YI, 2, 3 * YI],
      ['文旅', 1, 12 * YI, 0, 0],
      ['精密装备', 1, 8 * YI, 1, 3 * YI],
      ['新能源新材料', 1, 6 * YI, 1, 5 * YI],
      ['未填写', 1, 99_000_000, 0, 0], // the 0.5亿 project in talks is below 1亿
    ]);
    expect(b.rows.at(-1)?.key).toBeNull();
  });

  it('by headquarters province, named and keyed by the province code', () => {
    const b = breakdown(w.db, { ...ON_MAY_31, dimension: 'province' });
    expect(b.rows.map((r) => [r.key, r.label, r.signedCount, r.contractAmount])).toEqual([
      [330000, '浙江省', 17, 6_558_000_000],
      [310000, '上海市', 1, 12 * YI],
      [420000, '湖北省', 1, 6 * YI],
      [null, '未填写', 1, 99_000_000],
    ]);
  });
});

describe('team ranking', () => {
  it('ranks teams by the share of their own target, teams with a target but no work last', () => {
    const r = ranking(w.db, { ...ON_MAY_31, indicator: 'contractAmount' });
    expect(
      r.rows.map((x) => [x.rank, x.teamName, x.value, Math.round(x.percentDone ?? -1), x.behind]),
    ).toEqual([
      [1, '招商二分队', 3_920_000_000, 131, false],
      [2, '招商一分队', 4_537_000_000, 113, false],
      [3, '办公室', 0, 0, true],
    ]);
  });

  it('ranks by value where teams have no targets', () => {
    const r = ranking(w.db, { ...ON_MAY_31, indicator: 'visitorPersonTimes' });
    expect(r.rows.map((x) => [x.teamName, x.value, x.percentDone])).toEqual([
      ['招商一分队', 142, null],
      ['招商二分队', 90, null],
    ]);
  });
});

describe('workload', () => {
  it('lists open projects, overdue and coming follow-ups, and signings per person', () => {
    const r = workload(w.db, ON_MAY_31);
    // 赵: #25 was due on 20 May (overdue); #27 is due on 10 June, more than a week ahead.
    expect(r.rows.map((x) => [x.name, x.openProjects, x.overdueFollowUps, x.dueSoon, x.signed])).toEqual([
      ['赵专员', 16, 1, 0, 12],
      ['钱专员', 12, 0, 0, 8],
      ['梁主任', 0, 0, 0, 0],
    ]);
    const june4 = workload(w.db, { ...ON_MAY_31, asOf: '2021-06-04' });
    expect(june4.rows[0]).toMatchObject({ name: '赵专员', overdueFollowUps: 1, dueSoon: 1 });
    expect(workload(w.db, { ...ON_MAY_31, teamId: w.teamB }).rows.map((x) => x.name)).toEqual(['钱专员']);
  });
});

describe('cycle times', () => {
  it('gives the median, spread and fastest projects, leaving out reversed dates', () => {
    const r = cycleTimes(w.db, ON_MAY_31);
    const [contact, start, production] = r.stats;
    expect(contact).toMatchObject({
      kind: 'contactToSigning',
      count: 3,
      median: 90,
      buckets: [0, 1, 1, 1, 0, 0],
    });
    expect(contact?.fastest.map((p) => [p.name, p.days])).toEqual([
      ['项目2', 54],
      ['项目6', 90],
      ['项目4', 175],
    ]);
    expect(start).toMatchObject({
      kind: 'signingToStart',
      count: 3,
      median: 50,
      buckets: [0, 2, 1, 0, 0, 0],
    });
    expect(production).toMatchObject({ count: 0, median: null });
    const year = cycleTimes(w.db, { ...ON_MAY_31, asOf: '2021-12-31' });
    expect(year.stats[2]).toMatchObject({ count: 1, median: 150 });
    expect(year.stats[2]?.fastest[0]).toMatchObject({
      name: '项目7',
      fromDate: '2021-01-10',
      toDate: '2021-06-09',
    });
    expect(year.sameYearProduced).toBe(1);
  });
});

describe('the indicator channels', () => {
  const ctx = { db: w.db, actor: { name: '测试' }, databasePath: '', appVersion: '0', emit() {} };

  it('answer through dispatch', async () => {
    const r = await dispatch(ctx, 'indicators.kpis', ON_MAY_31);
    expect(r).toMatchObject({
      ok: true,
      value: { period: { from: '2021-01-01', asOf: '2021-05-31', teamId: null } },
    });
  });

  it('refuse a reversed or oversized period, an unknown dimension or team, in Chinese', async () => {
    const bad = async (channel: string, input: unknown) => {
      const r = await dispatch(ctx, channel as never, input);
      if (r.ok) throw new Error('expected a refusal');
      return r.error;
    };
    expect((await bad('indicators.kpis', { from: '2021-12-31', to: '2021-01-01' })).message).toBe(
      '结束日期不能早于开始日期',
    );
    expect((await bad('indicators.trend', { from: '2010-01-01', to: '2021-01-01' })).message).toBe(
      '统计区间不能超过5年',
    );
    expect((await bad('indicators.kpis', { from: '2021-02-30', to: '2021-03-01' })).message).toContain(
      '有效日期',
    );
    expect((await bad('indicators.breakdown', { ...ON_MAY_31, dimension: 'gdp' })).message).toBe(
      '分类维度取值无效',
    );
    expect((await bad('indicators.funnel', { ...ON_MAY_31, teamId: 999 })).message).toBe(
      '所选小分队不存在或已被删除',
    );
  });
});
