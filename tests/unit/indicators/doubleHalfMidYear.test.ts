import { describe, expect, it } from 'vitest';
import { kpis } from '../../../main/domain/indicators';
import { setTarget } from '../../../main/domain/targets';
import { actor, gucheng2021, YI } from './gucheng2021';

// 双过半 is judged on 30 June. A report of a past year (statistics day in December or later)
// carries the verdict of 30 June, whatever the second half brought.

const YEAR_2021 = { from: '2021-01-01', to: '2021-12-31' };
const JUNE = { ...YEAR_2021, asOf: '2021-06-30' };
const AFTER = { ...YEAR_2021, asOf: '2022-01-10' };

/** The ledger with 实到投资额 as the only target: 40.8亿 arrived by 30 June, nothing later. */
function onlyArrivedTarget(yi: number) {
  const w = gucheng2021();
  w.db.prepare('DELETE FROM targets').run();
  setTarget(w.db, actor, { year: 2021, indicator: 'arrivedAmount', value: yi * YI });
  return w;
}

describe('双过半 of a past year is the verdict of 30 June', () => {
  it('achieved at mid-year stays achieved though the year ends behind 序时进度', () => {
    const w = onlyArrivedTarget(77); // 40.8 / 77 = 53% on 30 June; still 53% at the year's end
    const june = kpis(w.db, JUNE);
    const past = kpis(w.db, AFTER);
    expect(june.doubleHalf).toMatchObject({ status: 'achieved', judgedOn: '2021-06-30' });
    expect(past.cards.find((c) => c.code === 'arrivedAmount')).toMatchObject({ behind: true });
    expect(past.doubleHalf).toEqual(june.doubleHalf);
  });

  it('missed at mid-year stays missed though the second half made up for it', () => {
    const w = onlyArrivedTarget(85); // 48% on 30 June
    w.db
      .prepare(
        `INSERT INTO investment_arrivals (project_id, arrived_on, amount, created_at, updated_at)
         SELECT project_id, '2021-09-01', ?, created_at, updated_at FROM investment_arrivals LIMIT 1`,
      )
      .run(50 * YI); // 90.8亿 by the year's end: 107%
    const june = kpis(w.db, JUNE);
    const past = kpis(w.db, AFTER);
    expect(june.doubleHalf).toMatchObject({ status: 'missed', lagging: ['arrivedAmount'] });
    expect(past.cards.find((c) => c.code === 'arrivedAmount')).toMatchObject({ behind: false });
    expect(past.doubleHalf).toEqual(june.doubleHalf);
  });

  it('no card reads 过半 after 30 June, nor for a quarter; up to 30 June it does', () => {
    const w = onlyArrivedTarget(77);
    const half = (r: ReturnType<typeof kpis>) => r.cards.find((c) => c.code === 'arrivedAmount')?.halfDone;
    expect(half(kpis(w.db, JUNE))).toBe(true);
    expect(half(kpis(w.db, { ...YEAR_2021, asOf: '2021-12-31' }))).toBe(false);
    // 53% done on 1 July against 49.9% of the year: still ahead of time, but no longer a mid-year reading.
    expect(half(kpis(w.db, { ...YEAR_2021, asOf: '2021-07-01' }))).toBe(false);
    expect(half(kpis(w.db, { from: '2021-04-01', to: '2021-06-30', asOf: '2021-06-30' }))).toBe(false);
  });

  it('before 30 June the verdict is read on the statistics day itself', () => {
    const w = onlyArrivedTarget(77);
    expect(kpis(w.db, { ...YEAR_2021, asOf: '2021-05-31' }).doubleHalf).toMatchObject({
      status: 'pending',
      judgedOn: '2021-05-31',
    });
  });

  it('judges every time-measured target as read on 30 June; every card still shown', () => {
    const w = gucheng2021(); // targets on time-measured indicators and on 亿元以上在谈 and 办结率
    const june = kpis(w.db, JUNE);
    const past = kpis(w.db, AFTER);
    const timed = june.cards.filter((c) => c.measure === 'time' && c.target !== null);
    expect(timed.length).toBeGreaterThan(2);
    expect(past.doubleHalf).toEqual(june.doubleHalf);
    expect(past.doubleHalf?.total).toBe(timed.length);
    // The January report still shows every card of the catalogue, the level ones included.
    expect(past.cards.map((c) => c.code)).toEqual(june.cards.map((c) => c.code));
    expect(past.cards.filter((c) => c.measure === 'level').map((c) => c.code)).toEqual(
      expect.arrayContaining(['negotiatingBigAmount', 'serviceClosureRate']),
    );
  });
});
