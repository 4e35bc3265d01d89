import { describe, expect, it } from 'vitest';
import { kpis } from '../../../main/domain/indicators';
import type { KpiCard, KpiResult } from '@contract/indicators/schema';
import { changeStage } from '../../../main/domain/projects';
import { todayLocal } from '@contract/shared/time';
import { setTarget } from '../../../main/domain/targets';
import type { IndicatorCode } from '@contract/targets/indicators';
import { actor, gucheng2021, YI } from './gucheng2021';

const YEAR_2021 = { from: '2021-01-01', to: '2021-12-31' };

const card = (r: KpiResult, code: IndicatorCode): KpiCard => {
  const c = r.cards.find((x) => x.code === code);
  if (!c) throw new Error(`no card ${code}`);
  return c;
};
/** What the card shows: the value and the percent rounded as on screen. */
const shown = (r: KpiResult, code: IndicatorCode) => {
  const c = card(r, code);
  return { value: c.value, percent: c.percentDone === null ? null : Math.round(c.percentDone) };
};

describe("indicators on 31 May 2021 (the seeds' report)", () => {
  const w = gucheng2021();
  const r = kpis(w.db, { ...YEAR_2021, asOf: '2021-05-31' });

  it('reads 84.57亿 = 114%, 35.8亿 = 53%, 19 亿元以上 = 79%', () => {
    expect(shown(r, 'contractAmount')).toEqual({ value: 8_457_000_000, percent: 114 });
    expect(shown(r, 'arrivedAmount')).toEqual({ value: 3_580_000_000, percent: 53 });
    expect(shown(r, 'newBigProjects')).toEqual({ value: 19, percent: 79 });
  });

  it('computes every other indicator from the records', () => {
    expect(shown(r, 'signedProjects').value).toBe(20);
    expect(shown(r, 'majorIndustrial').value).toBe(4); // 12亿 文旅 is not industrial; exactly 5亿 counts
    expect(shown(r, 'negotiatingBigCount').value).toBe(4); // 洽谈 2+5+1亿, 考察 3亿
    expect(shown(r, 'negotiatingBigAmount')).toEqual({ value: 11 * YI, percent: 110 });
    expect(shown(r, 'startedProjects').value).toBe(3);
    expect(shown(r, 'producedProjects').value).toBe(0); // produced on 9 June
    expect(shown(r, 'trips')).toEqual({ value: 5, percent: 42 }); // cancelled and June trips left out
    expect(shown(r, 'companiesVisited').value).toBe(4);
    expect(shown(r, 'visitorPersonTimes').value).toBe(232);
    expect(card(r, 'serviceClosureRate')).toMatchObject({
      value: 7500,
      parts: { done: 3, total: 4 },
      behind: true,
    });
  });

  it('reads progress against the 151 days of 365 elapsed, 双过半 still open on trips', () => {
    expect(r.percentElapsed).toBe(41.4);
    expect(card(r, 'trips')).toMatchObject({ behind: false, halfDone: false });
    expect(card(r, 'contractAmount')).toMatchObject({ target: Math.round(74.2 * YI), halfDone: true });
    expect(card(r, 'startedProjects')).toMatchObject({ target: null, percentDone: null, behind: false });
    expect(r.doubleHalf).toEqual({
      status: 'pending',
      passed: 3,
      total: 4,
      lagging: ['trips'],
      judgedOn: '2021-05-31',
    });
  });

  it('calls it 提前实现双过半 once every target is half done', () => {
    setTarget(w.db, actor, { year: 2021, indicator: 'trips', value: 10 });
    const again = kpis(w.db, { ...YEAR_2021, asOf: '2021-05-31' });
    expect(again.doubleHalf).toMatchObject({ status: 'achieved', passed: 4, total: 4 });
  });
});

describe('双过半 on 30 June', () => {
  it('passes with 实到 at 53% and fails, behind time, at 48%', () => {
    const w = gucheng2021();
    const on = { ...YEAR_2021, asOf: '2021-06-30' };
    // 40.8亿 arrived by 30 June (5亿 more on 1 June).
    setTarget(w.db, actor, { year: 2021, indicator: 'arrivedAmount', value: 77 * YI });
    const pass = kpis(w.db, on);
    expect(shown(pass, 'arrivedAmount')).toEqual({ value: 4_080_000_000, percent: 53 });
    expect(card(pass, 'arrivedAmount')).toMatchObject({
      halfDone: true,
      behind: false,
      percentElapsed: 49.6,
    });
    expect(pass.doubleHalf?.status).toBe('achieved');

    setTarget(w.db, actor, { year: 2021, indicator: 'arrivedAmount', value: 85 * YI });
    const fail = kpis(w.db, on);
    expect(shown(fail, 'arrivedAmount').percent).toBe(48);
    expect(card(fail, 'arrivedAmount')).toMatchObject({ halfDone: false, behind: true });
    expect(fail.doubleHalf).toMatchObject({ status: 'missed', lagging: ['arrivedAmount'] });
  });
});

describe('period edges', () => {
  const w = gucheng2021();

  it('counts a project signed on 31 December in that year only', () => {
    const y2020 = kpis(w.db, { from: '2020-01-01', to: '2020-12-31', asOf: '2021-01-15' });
    expect(shown(y2020, 'contractAmount').value).toBe(2 * YI);
    expect(shown(y2020, 'arrivedAmount').value).toBe(1 * YI);
    // Whole 2021: + 2亿 on 15 June and 4亿 on 31 December, not the 2020 one.
    const y2021 = kpis(w.db, { ...YEAR_2021, asOf: '2022-01-10' });
    expect(shown(y2021, 'contractAmount').value).toBe(9_057_000_000);
    expect(shown(y2021, 'signedProjects').value).toBe(22);
    expect(shown(y2021, 'producedProjects').value).toBe(1);
    const y2022 = kpis(w.db, { from: '2022-01-01', to: '2022-12-31', asOf: '2022-12-31' });
    expect(shown(y2022, 'contractAmount').value).toBe(0);
  });

  it('counts nothing dated after the statistics day, and nothing before the period begins', () => {
    const may30 = kpis(w.db, { ...YEAR_2021, asOf: '2021-05-30' });
    expect(shown(may30, 'contractAmount').value).toBe(8_457_000_000 - 5 * YI); // #5 signed on 31 May
    expect(shown(may30, 'visitorPersonTimes').value).toBe(190);
    const early = kpis(w.db, { ...YEAR_2021, asOf: '2020-12-31' });
    expect(early.percentElapsed).toBe(0);
    expect(shown(early, 'contractAmount').value).toBe(0);
  });

  it('prorates the annual target to a quarter', () => {
    const q2 = kpis(w.db, { from: '2021-04-01', to: '2021-06-30', asOf: '2021-06-30' });
    // Q2 signings: #5 5亿, #6 1亿, #13–#18 6 × 3.2亿, #19 3.18亿, #24 2亿 = 30.38亿; target 74.2亿 × 91/365.
    expect(card(q2, 'contractAmount')).toMatchObject({ value: 3_038_000_000, target: 1_849_917_808 });
    expect(q2.doubleHalf).toBeNull();
  });
});

describe("a team's own figures", () => {
  it('splits projects, trips, visits, receptions and 诉求 by team', () => {
    const w = gucheng2021();
    const a = kpis(w.db, { ...YEAR_2021, asOf: '2021-05-31', teamId: w.teamA });
    const b = kpis(w.db, { ...YEAR_2021, asOf: '2021-05-31', teamId: w.teamB });
    expect(shown(a, 'contractAmount')).toEqual({ value: 4_537_000_000, percent: 113 });
    expect(shown(b, 'contractAmount')).toEqual({ value: 3_920_000_000, percent: 131 });
    expect([shown(a, 'arrivedAmount').value, shown(b, 'arrivedAmount').value]).toEqual([
      25 * YI,
      1_080_000_000,
    ]);
    expect([shown(a, 'trips').value, shown(b, 'trips').value]).toEqual([3, 2]);
    expect([shown(a, 'companiesVisited').value, shown(b, 'companiesVisited').value]).toEqual([2, 2]);
    expect([shown(a, 'visitorPersonTimes').value, shown(b, 'visitorPersonTimes').value]).toEqual([142, 90]);
    expect([shown(a, 'negotiatingBigCount').value, shown(b, 'negotiatingBigCount').value]).toEqual([3, 1]);
    expect(card(a, 'serviceClosureRate').value).toBe(7500);
    expect(card(b, 'serviceClosureRate')).toMatchObject({ value: null, parts: { done: 0, total: 0 } });
    // Team A has no target of its own for 实到: no percentage, even though the office has one.
    expect(card(a, 'arrivedAmount').target).toBeNull();
  });
});

describe('在谈', () => {
  it('stops counting a project once it is dropped (终止), from the day it was dropped', () => {
    const w = gucheng2021();
    const today = { from: `${todayLocal().slice(0, 4)}-01-01`, to: todayLocal() };
    expect(shown(kpis(w.db, today), 'negotiatingBigCount').value).toBe(4);

    changeStage(w.db, actor, {
      id: w.talks5yi,
      stage: 'dropped',
      on: '2021-06-15',
      reason: '企业投资方向调整',
    });
    const now = kpis(w.db, today);
    expect(shown(now, 'negotiatingBigCount').value).toBe(3);
    expect(shown(now, 'negotiatingBigAmount').value).toBe(6 * YI);
    // The history still knows it was in talks on 31 May, and not any more on 30 June.
    expect(shown(kpis(w.db, { ...YEAR_2021, asOf: '2021-05-31' }), 'negotiatingBigCount').value).toBe(4);
    expect(shown(kpis(w.db, { ...YEAR_2021, asOf: '2021-06-30' }), 'negotiatingBigCount').value).toBe(3);
  });

  it('counts 考察 and 洽谈 but not 接洽, and not a signed project any more', () => {
    const w = gucheng2021();
    const today = { from: `${todayLocal().slice(0, 4)}-01-01`, to: todayLocal() };
    changeStage(w.db, actor, { id: w.p[29] as number, stage: 'visit', on: '2021-07-01' }); // 接洽 → 考察, 10亿
    changeStage(w.db, actor, {
      id: w.p[25] as number,
      stage: 'signed',
      on: '2021-07-02',
      contractAmount: 2 * YI,
    }); // 2亿 signs
    expect(shown(kpis(w.db, today), 'negotiatingBigAmount').value).toBe((11 + 10 - 2) * YI);
  });
});
