// The dashboard's aggregates for one calendar year through their channels, each against a
// hand-written statement of the same shape (the same rows scanned, the same grouping). The KPI
// cards and the cycle times against hand-written baselines of all their figures (kpiBaseline.ts,
// cycleBaseline.ts), which a unit test holds equal to ours.
import type { ApiContext } from '../main/api/context';
import type { Db } from '../main/db/open';
import { addDays } from '@contract/indicators/period';
import { DUE_SOON_DAYS, WORKLOAD_SQL } from '../main/domain/indicators/workload';
import { todayLocal } from '@contract/shared/time';
import { aProjectEdit, call } from './context';
import { cycleBaseline } from './cycleBaseline';
import { kpiBaseline, kpiDays } from './kpiBaseline';
import { time, timeAsync, timeEach, type Plan } from './measure';
import { row, type BenchRow } from './stats';

const AGGREGATE = { p95Ms: 50 };

interface Case {
  name: string;
  channel: string;
  input: Record<string, unknown>;
  /** The raw statements; each runs with the year's first and last day. */
  raw?: string[];
  /** A baseline that is more than statements (figures checked equal to ours by a unit test). */
  baseline?: (db: Db) => (p: Named) => unknown;
  note?: string;
}

type Named = { from: string; to: string; team: null; today: string; soon: string };

/**
 * The 13 figures as the KPI cards show them: for the period's lived days and, once a whole year
 * is past 30 June, the time-measured ones again as on 30 June (the 双过半 verdict), as ours reads
 * them; and the targets.
 */
function kpisByHand(db: Db): (p: Named) => unknown {
  const figures = kpiBaseline(db);
  const targets = db.prepare(`SELECT indicator, value FROM targets WHERE year = ? AND team_id IS NULL`);
  return (p) => {
    figures(kpiDays(p, p.today));
    const mid = `${p.from.slice(0, 4)}-06-30`;
    if (p.today > mid) figures(kpiDays(p, mid), true);
    return targets.all(Number(p.from.slice(0, 4)));
  };
}

const signedIn = `signed_on BETWEEN @from AND @to`;

function cases(): Case[] {
  return [
    {
      name: 'kpis (all 13 indicators)',
      channel: 'indicators.kpis',
      input: {},
      baseline: kpisByHand,
      note: 'raw counts 走访企业数 with count(DISTINCT); ours marks the ids in a bitmap',
    },
    {
      name: 'funnel',
      channel: 'indicators.funnel',
      input: {},
      raw: [`SELECT stage, count(*), sum(planned_amount) FROM projects GROUP BY stage`],
    },
    {
      name: 'trend by month',
      channel: 'indicators.trend',
      input: {},
      raw: [
        `SELECT substr(signed_on, 1, 7), count(*), sum(contract_amount) FROM projects WHERE ${signedIn} GROUP BY 1`,
      ],
    },
    {
      name: 'breakdown by industry',
      channel: 'indicators.breakdown',
      input: { dimension: 'industry' },
      raw: [
        `SELECT industry, count(*), sum(contract_amount) FROM projects WHERE ${signedIn} GROUP BY industry`,
      ],
    },
    {
      name: 'breakdown by province',
      channel: 'indicators.breakdown',
      input: { dimension: 'province' },
      raw: [
        `SELECT c.hq_adcode / 10000, count(*), sum(p.contract_amount) FROM projects p
           JOIN companies c ON c.id = p.company_id WHERE p.${signedIn} GROUP BY 1`,
      ],
    },
    {
      name: 'ranking on 合同投资额',
      channel: 'indicators.ranking',
      input: { indicator: 'contractAmount' },
      raw: [`SELECT team_id, sum(contract_amount) FROM projects WHERE ${signedIn} GROUP BY team_id`],
    },
    {
      name: 'ranking on 走访企业数',
      channel: 'indicators.ranking',
      input: { indicator: 'companiesVisited' },
      raw: [
        `SELECT p.team_id, count(DISTINCT i.company_id) FROM interactions i LEFT JOIN projects p ON p.id = i.project_id
           WHERE i.kind = 'visit_out' AND i.occurred_on BETWEEN @from AND @to GROUP BY p.team_id`,
      ],
    },
    {
      name: 'workload',
      channel: 'indicators.workload',
      input: {},
      // One statement grouping the open projects and the signings by owner, as SQL does it
      // straightforwardly; ours keeps each person's open projects and each month's signings.
      raw: [WORKLOAD_SQL],
    },
    {
      name: 'cycle times (3 spans)',
      channel: 'indicators.cycleTimes',
      input: {},
      baseline: (db) => {
        const figures = cycleBaseline(db);
        return (p) => figures(kpiDays(p, p.today));
      },
    },
  ];
}

/** Only the parameters a statement names: better-sqlite3 refuses extra named parameters. */
function pick(stmt: { source: string }, all: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(all).filter(([k]) => stmt.source.includes(`@${k}`)));
}

function statements(db: Db, sql: string[]): (p: Named) => void {
  const prepared = sql.map((q) => ({ stmt: db.prepare(q), named: q.includes('@') }));
  return (p) => prepared.forEach((s) => (s.named ? s.stmt.all(pick(s.stmt, p)) : s.stmt.all()));
}

export async function benchAggregates(ctx: ApiContext, plan: Plan, year: number): Promise<BenchRow[]> {
  const today = todayLocal();
  // Every parameter any raw statement names (SQLite refuses a named parameter left out).
  const period = { from: `${year}-01-01`, to: `${year}-12-31` };
  const named: Named = { ...period, team: null, today, soon: addDays(today, DUE_SOON_DAYS - 1) };
  const out: BenchRow[] = [];
  // Ours first, then raw, not in turns: a raw statement that reads a whole table (workload's)
  // would push ours' pages out of the cache between runs and time the disk instead.
  // Each of ours is the first read after a save (an edit of a signing before every run): the
  // dashboard keeps its figures while nothing is written, and whole months until one of their
  // records changes; what a leader waits for is the read that works out what the edit changed.
  const change = aProjectEdit(ctx.db);
  for (const c of cases()) {
    const ours = await timeEach(plan, change, () => call(ctx, c.channel, { ...period, ...c.input }));
    const byHand = c.baseline ? c.baseline(ctx.db) : statements(ctx.db, c.raw ?? []);
    const raw = time(plan, () => byHand(named));
    out.push(row('aggregate', `${c.name} ${year} after a change`, ours, raw, AGGREGATE, c.note));
  }
  const kept = await timeAsync(plan, () => call(ctx, 'indicators.kpis', period));
  out.push(row('aggregate', `kpis ${year}, nothing written since (navigation)`, kept, null, AGGREGATE));
  return out;
}
