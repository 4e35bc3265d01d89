import { describe, expect, it } from 'vitest';
import { weeklyReport } from '../../../main/domain/reports';
import { isoWeek, WEEK_NOT_STARTED } from '../../../main/domain/reports/weekly';
import { NOT_MONDAY } from '@contract/reports/schema';
import type { KpiResult } from '@contract/indicators/schema';
import { addDays } from '@contract/indicators/period';
import { mondayOf } from '@contract/print/routes';
import { todayLocal } from '@contract/shared/time';
import { ledger, WAN, WEEK, YI } from './ledger';

const card = (r: KpiResult, code: string) => r.cards.find((c) => c.code === code);

describe('周调度 (reports.weekly) of 20–26 May 2024', () => {
  const w = ledger();
  const r = weeklyReport(w.db, { from: WEEK.from });

  it('covers Monday to Sunday, read on the Sunday, week 21 of 2024', () => {
    expect([r.from, r.to, r.asOf, r.weekNo, r.weekYear]).toEqual([
      '2024-05-20',
      '2024-05-26',
      '2024-05-26',
      21,
      2024,
    ]);
  });

  it('new leads: the project entered on Wednesday, with its planned investment', () => {
    expect(r.newProjects.rows.map((p) => [p.name, p.stage, p.on])).toEqual([
      ['海康研发中心', 'lead', '2024-05-22'],
    ]);
    expect(r.newProjects.total).toBe(1);
    expect(r.figures.plannedAmount).toBe(8000 * WAN);
  });

  it('stage moves and signings of the week, with the contract amount', () => {
    expect(r.stageMoves.rows.map((m) => [m.projectName, m.fromStage, m.toStage, m.changedOn])).toEqual([
      ['海康智能制造基地', 'negotiating', 'signed', '2024-05-21'],
    ]);
    // 兰山机电 was signed on 10 May: the week before, not in this week's list.
    expect(r.signings.rows.map((p) => p.name)).toEqual(['海康智能制造基地']);
    expect(r.figures.contractAmount).toBe(3 * YI);
  });

  it('investment arrived in the week only', () => {
    expect(r.arrivals.rows.map((a) => [a.projectName, a.arrivedOn, a.amount, a.note])).toEqual([
      ['海康智能制造基地', '2024-05-24', 5000 * WAN, '首期'],
    ]);
    expect(r.figures.arrivedAmount).toBe(5000 * WAN);
  });

  it('trips on the road and receptions in the week', () => {
    expect(r.trips.map((t) => [t.title, t.places, t.visitsDone, t.visitsPlanned])).toEqual([
      ['长三角招商考察', '宁海县、余姚市、杭州市', 0, 3],
    ]);
    expect(r.receptions.rows.map((x) => x.delegation)).toEqual(['上海光镀智造考察团']);
    expect(r.figures.receptions).toMatchObject({ receptions: 1, companies: 1, visitors: 12 });
  });

  it('follow-ups overdue on the Sunday, and service issues opened and closed', () => {
    expect(r.overdue.rows.map((p) => [p.name, p.nextFollowUpOn])).toEqual([['海康研发中心', '2024-05-24']]);
    expect(r.issuesOpened.rows.map((s) => s.description)).toEqual(['厂区双回路供电尚未接通']);
    expect(r.issuesClosed.rows.map((s) => [s.description, s.closedOn])).toEqual([
      ['工业用水管网压力不足', '2024-05-23'],
    ]);
  });

  it("the summary's figures are the KPI table's 本周完成, and the lists' totals", () => {
    const weekly = (code: string) => card(r.kpisWeek, code)?.value;
    const f = r.figures;
    expect([f.signed, f.contractAmount, f.started, f.arrivedAmount, f.trips, f.receptions.visitors]).toEqual(
      [
        'signedProjects',
        'contractAmount',
        'startedProjects',
        'arrivedAmount',
        'trips',
        'visitorPersonTimes',
      ].map(weekly),
    );
    expect([
      f.newProjects,
      f.stageMoves,
      f.signed,
      f.started,
      f.issuesOpened,
      f.issuesClosed,
      f.overdue,
    ]).toEqual([
      r.newProjects.total,
      r.stageMoves.total,
      r.signings.total,
      r.starts.total,
      r.issuesOpened.total,
      r.issuesClosed.total,
      r.overdue.total,
    ]);
    // The trip set out on Saturday before the week: on the road this week (listed), but not a
    // trip of this week (the indicator counts departures), so the sentence says 0 like the table.
    expect([r.trips.length, f.trips]).toEqual([1, 0]);
  });

  it("KPI table: the week beside the year to the Sunday, against the year's target", () => {
    expect(card(r.kpisWeek, 'contractAmount')?.value).toBe(3 * YI);
    const year = card(r.kpisYear, 'contractAmount');
    // 3亿 + 2亿 signed by 26 May against 10亿: 50%, while 147 of 366 days (40.2%) have passed.
    expect(year).toMatchObject({
      value: 5 * YI,
      target: 10 * YI,
      percentDone: 50,
      percentElapsed: 40.2,
      behind: false,
    });
  });

  it('refuses a week that does not start on Monday, or has not begun, in Chinese', () => {
    expect(() => weeklyReport(w.db, { from: '2024-05-21' })).toThrow(NOT_MONDAY);
    expect(() => weeklyReport(w.db, { from: '2024-02-30' })).toThrow('周起始日应为有效日期');
    const nextMonday = addDays(mondayOf(todayLocal()), 7);
    expect(() => weeklyReport(w.db, { from: nextMonday })).toThrow(WEEK_NOT_STARTED);
  });
});

describe('isoWeek', () => {
  it('numbers weeks as the office does, the New Year week by its Thursday', () => {
    expect(isoWeek('2024-01-01')).toEqual({ week: 1, year: 2024 });
    expect(isoWeek('2024-12-30')).toEqual({ week: 1, year: 2025 });
    expect(isoWeek('2021-01-04')).toEqual({ week: 1, year: 2021 });
    expect(isoWeek('2020-12-28')).toEqual({ week: 53, year: 2020 });
  });
});
