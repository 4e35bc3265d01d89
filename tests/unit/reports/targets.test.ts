import { describe, expect, it } from 'vitest';
import { targetReport } from '../../../main/domain/reports';
import { ledger, WAN, YI } from './ledger';

describe('目标任务完成情况 (reports.targets)', () => {
  const w = ledger();

  it('a past year is read on 31 December: 5亿 of 10亿 is 50%, behind a full year of time', () => {
    const r = targetReport(w.db, { year: 2024 });
    expect(r.kpis.period.asOf).toBe('2024-12-31');
    expect(r.kpis.percentElapsed).toBe(100);
    expect(r.kpis.cards.find((c) => c.code === 'contractAmount')).toMatchObject({
      value: 5 * YI,
      percentDone: 50,
      behind: true,
    });
  });

  it('read on a given day against the share of the year elapsed', () => {
    const r = targetReport(w.db, { year: 2024, asOf: '2024-05-26' });
    expect(r.kpis.percentElapsed).toBe(40.2);
    expect(r.kpis.cards.find((c) => c.code === 'contractAmount')?.behind).toBe(false);
  });

  it('teams ranked by the share of their own target: team B (200%) before team A (75%)', () => {
    const [contract] = targetReport(w.db, { year: 2024 }).rankings;
    expect(contract?.indicator).toBe('contractAmount');
    expect(contract?.rows.map((x) => [x.rank, x.teamName, x.value, x.percentDone])).toEqual([
      [1, '招商二分队', 2 * YI, 200],
      [2, '招商一分队', 3 * YI, 75],
    ]);
  });

  it('the monthly trend for the charts', () => {
    const may = targetReport(w.db, { year: 2024 }).trend.months.find((m) => m.month === '2024-05');
    expect(may).toMatchObject({ signedCount: 2, contractAmount: 5 * YI, arrivedAmount: 1 * YI + 5000 * WAN });
  });

  it('refuses a year out of range in Chinese', () => {
    expect(() => targetReport(w.db, { year: 1999 })).toThrow('年度应在2000至2100之间');
  });
});
