import { beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import type { ApiContext } from '../../../main/api/context';
import type { Db } from '../../../main/db/open';
import { generateDemo } from '../../../main/domain/demo';
import type { DrillTotals } from '@contract/indicators/drillSchema';
import { periodRange } from '@contract/indicators/period';
import type { KpiCard } from '@contract/indicators/schema';
import { BREAKDOWN_DIMENSIONS } from '@contract/indicators/schema';
import { todayLocal } from '@contract/shared/time';
import { parseDrillLink } from '../../../renderer/src/grid/drillLink';
import {
  cycleUrl,
  dimensionUrl,
  droppedUrl,
  kpiUrl,
  monthUrl,
  ownerUrl,
  sameYearUrl,
  stageUrl,
  type DrillScope,
} from '../../../renderer/src/pages/workbench/drill';
import { freshDb } from '../testDb';

// A figure a director clicks must open a list that adds up to that figure. For every card of the
// 工作台 (and 目标任务, which shows the same cards for the year), every period the dashboard
// offers (year, halves, quarters, months) and every scope (the office, each team), the link the
// dashboard builds is opened the way the list page opens it, through the contract, and the list's
// count, sum or rate is compared with the card's. The chart segments are walked the same way.

let db: Db;
let ctx: ApiContext;
let teams: (number | null)[];
const today = todayLocal();
const year = Number(today.slice(0, 4));

beforeAll(() => {
  db = freshDb();
  generateDemo(db, 'S');
  ctx = { db, actor: { name: '测试' }, databasePath: '', appVersion: '0', emit() {} };
  teams = [
    null,
    ...(db.prepare('SELECT id FROM teams WHERE active = 1 ORDER BY id').pluck().all() as number[]),
  ];
});

async function call<T>(channel: string, input: unknown): Promise<T> {
  const r = await dispatch(ctx, channel as never, input as never);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as T;
}

/** Opens a drill-down link as its list page does: the list's count, and the totals it shows beside it. */
async function open(url: string): Promise<{ count: number; totals: DrillTotals }> {
  const link = parseDrillLink(new URLSearchParams(url.slice(url.indexOf('?') + 1)));
  if (!link) throw new Error(`not a drill-down: ${url}`);
  expect(url.startsWith(`#/${link.area}?`)).toBe(true);
  const list = await call<{ total: number }>(`${link.area}.list`, { drill: link.drill, limit: 1 });
  const totals = await call<DrillTotals>('indicators.drillTotals', link.drill);
  expect(totals.count).toBe(list.total);
  return { count: list.total, totals };
}

/** The figure the opened list shows for a card: its rate, its sum, or its count. */
function listed(o: { count: number; totals: DrillTotals }, card: KpiCard): unknown {
  if (card.unit === 'percent') return { value: o.totals.parts?.rate ?? null, parts: pick(o.totals.parts) };
  return { value: o.totals.sum?.value ?? o.count };
}
const pick = (p?: { done: number; total: number }) => p && { done: p.done, total: p.total };

const PERIODS: [string, { from: string; to: string }][] = [
  [`${year}`, periodRange('year', year)],
  ...[1, 2].map((n): [string, { from: string; to: string }] => [
    `${year} H${n}`,
    periodRange('half', year, n),
  ]),
  ...[1, 2, 3, 4].map((n): [string, { from: string; to: string }] => [
    `${year} Q${n}`,
    periodRange('quarter', year, n),
  ]),
  ...Array.from({ length: 12 }, (_, i): [string, { from: string; to: string }] => [
    `${year}-${i + 1}`,
    periodRange('month', year, i + 1),
  ]),
  [`${year - 1}`, periodRange('year', year - 1)],
];

describe('every card opens a list that adds up to the card', () => {
  it.each(PERIODS)('%s, the office and each team', async (_, period) => {
    let nonZero = 0;
    for (const teamId of teams) {
      const kpis = await call<{ cards: KpiCard[]; period: { asOf: string } }>('indicators.kpis', {
        ...period,
        teamId,
      });
      const scope: DrillScope = { ...period, asOf: kpis.period.asOf, teamId };
      for (const card of kpis.cards) {
        const got = listed(await open(kpiUrl(card.code, scope, card.name)), card);
        const want =
          card.unit === 'percent' ? { value: card.value, parts: pick(card.parts) } : { value: card.value };
        expect({ card: card.code, teamId, ...(got as object) }).toEqual({ card: card.code, teamId, ...want });
        if (card.value) nonZero++;
      }
    }
    // Real figures to compare, not a wall of zeros (the months ahead of today may be empty).
    if (period.from <= today) expect(nonZero).toBeGreaterThan(teams.length);
  });
});

describe('every chart segment opens a list that adds up to the segment', () => {
  const segmentPeriods = [PERIODS[0], PERIODS[3], PERIODS[PERIODS.length - 1]] as [
    string,
    { from: string; to: string },
  ][];
  it.each(segmentPeriods)('%s, the office and each team', async (_, period) => {
    for (const teamId of teams) {
      const input = { ...period, teamId };
      const scope: DrillScope = { ...period, asOf: today, teamId };
      const funnel = await call<{
        stages: { stage: never; count: number; amount: number }[];
        dropped: number;
      }>('indicators.funnel', input);
      for (const s of funnel.stages) {
        const o = await open(stageUrl(s.stage, scope, s.stage));
        expect({ stage: s.stage, count: o.count, amount: o.totals.sum?.value }).toEqual({
          stage: s.stage,
          count: s.count,
          amount: s.amount,
        });
      }
      expect((await open(droppedUrl(scope, '终止'))).count).toBe(funnel.dropped);

      const trend = await call<{
        months: { month: string; signedCount: number; contractAmount: number; arrivedAmount: number }[];
      }>('indicators.trend', input);
      for (const m of trend.months) {
        const signed = await open(monthUrl(m.month, scope, m.month));
        expect([m.month, signed.count, signed.totals.sum?.value]).toEqual([
          m.month,
          m.signedCount,
          m.contractAmount,
        ]);
        const arrived = await open(monthUrl(m.month, scope, m.month, 'arrived'));
        expect([m.month, arrived.totals.sum?.value]).toEqual([m.month, m.arrivedAmount]);
      }

      for (const dimension of BREAKDOWN_DIMENSIONS) {
        const b = await call<{
          rows: {
            key: string | number | null;
            signedCount: number;
            contractAmount: number;
            talksCount: number;
            talksAmount: number;
          }[];
        }>('indicators.breakdown', { ...input, dimension });
        for (const r of b.rows) {
          const signed = await open(dimensionUrl(dimension, r.key, scope, 'x'));
          const talks = await open(dimensionUrl(dimension, r.key, scope, 'x', 'talks'));
          expect([
            dimension,
            r.key,
            signed.count,
            signed.totals.sum?.value,
            talks.count,
            talks.totals.sum?.value,
          ]).toEqual([dimension, r.key, r.signedCount, r.contractAmount, r.talksCount, r.talksAmount]);
        }
      }

      const cycles = await call<{ stats: { kind: never; count: number }[]; sameYearProduced: number }>(
        'indicators.cycleTimes',
        input,
      );
      for (const s of cycles.stats)
        expect([s.kind, (await open(cycleUrl(s.kind, scope, 'x'))).count]).toEqual([s.kind, s.count]);
      expect((await open(sameYearUrl(scope, 'x'))).count).toBe(cycles.sameYearProduced);
    }
  });

  it('the ranking: each team opens its own list, equal to its row', async () => {
    for (const [, period] of PERIODS.slice(0, 4)) {
      const scope: DrillScope = { ...period, asOf: today, teamId: null };
      for (const indicator of [
        'contractAmount',
        'companiesVisited',
        'serviceClosureRate',
        'negotiatingBigCount',
      ] as const) {
        const r = await call<{ rows: { teamId: number; value: number | null }[] }>('indicators.ranking', {
          ...period,
          indicator,
        });
        for (const row of r.rows) {
          const o = await open(kpiUrl(indicator, { ...scope, teamId: row.teamId }, 'x'));
          const value = o.totals.parts ? o.totals.parts.rate : (o.totals.sum?.value ?? o.count);
          expect([indicator, row.teamId, value]).toEqual([indicator, row.teamId, row.value]);
        }
      }
    }
  });

  it("the workload: a person's open and overdue projects", async () => {
    const period = PERIODS[0]?.[1] as { from: string; to: string };
    const w = await call<{
      rows: { staffId: number; openProjects: number; openAmount: number; overdueFollowUps: number }[];
    }>('indicators.workload', period);
    const scope: DrillScope = { ...period, asOf: today, teamId: null };
    expect(w.rows.some((r) => r.overdueFollowUps > 0)).toBe(true);
    for (const r of w.rows) {
      const open1 = await open(ownerUrl(r.staffId, false, scope, 'x'));
      const overdue = await open(ownerUrl(r.staffId, true, scope, 'x'));
      expect([r.staffId, open1.count, open1.totals.sum?.value, overdue.count]).toEqual([
        r.staffId,
        r.openProjects,
        r.openAmount,
        r.overdueFollowUps,
      ]);
    }
  });
});

describe('a drill-down link', () => {
  it('refuses to open a figure in a list that does not hold its records', async () => {
    const r = await dispatch(ctx, 'projects.list', {
      drill: { figure: 'trips', from: `${year}-01-01`, to: `${year}-12-31` },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe('该指标的明细不在这个列表中');
  });

  it('lists the distinct companies visited, so 走访企业数 is the count of the list', async () => {
    const scope: DrillScope = { from: `${year}-01-01`, to: `${year}-12-31`, asOf: today, teamId: null };
    const url = kpiUrl('companiesVisited', scope, '走访企业数');
    expect(url.startsWith('#/companies?')).toBe(true);
    expect((await open(url)).count).toBeGreaterThan(0);
  });
});
