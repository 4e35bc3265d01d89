// The dashboard's 13 KPI figures for the whole office, written the way one would by hand: one
// plain statement per table, each on its date index, no shared fragments, no bitmap tricks
// (count(DISTINCT …) for the companies visited). tests/unit/bench/baselines.test.ts checks that
// every figure equals the dashboard's on a demo ledger, so the ratio is against the same answer.
import type { Db } from '../main/db/open';
import {
  BIG_PROJECT_YUAN,
  IN_TALKS_STAGES,
  MAJOR_PROJECT_YUAN,
  PERCENT_FULL,
  PRODUCED_STAGES,
  SIGNED_STAGES,
  STARTED_STAGES,
  type IndicatorCode,
} from '@contract/targets/indicators';
import type { DateRange } from '@contract/indicators/period';
import { rangeParams, scopeOn } from '../main/domain/indicators/scope';
import { todayLocal } from '@contract/shared/time';

/** The counted days (@from..@to), the statistics day of the 在谈 state (@at) and today. */
export interface KpiParams {
  from: string;
  to: string;
  at: string;
  today: string;
}

/**
 * The days the dashboard counts for a period read on `asOf`: its lived part, as ours takes it; the
 * 在谈 state is the current stage only when read on today.
 */
export function kpiDays(range: DateRange, asOf: string): KpiParams {
  const { from, to, at } = rangeParams(scopeOn(range, asOf, null));
  return { from, to, at, today: todayLocal() };
}

export type KpiFigures = Record<IndicatorCode, number | null>;

const list = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');

const SIGNED = `SELECT coalesce(sum(contract_amount), 0) AS contractAmount, count(*) AS signedProjects,
    count(CASE WHEN contract_amount >= ${BIG_PROJECT_YUAN} THEN 1 END) AS newBigProjects,
    count(CASE WHEN is_industrial = 1 AND contract_amount >= ${MAJOR_PROJECT_YUAN} THEN 1 END) AS majorIndustrial
  FROM projects WHERE signed_on BETWEEN @from AND @to AND stage IN (${list(SIGNED_STAGES)})`;
const STARTED = `SELECT count(*) FROM projects
  WHERE started_on BETWEEN @from AND @to AND stage IN (${list(STARTED_STAGES)})`;
const PRODUCED = `SELECT count(*) FROM projects
  WHERE produced_on BETWEEN @from AND @to AND stage IN (${list(PRODUCED_STAGES)})`;
const ARRIVED = `SELECT coalesce(sum(amount), 0) FROM investment_arrivals WHERE arrived_on BETWEEN @from AND @to`;
const TRIPS = `SELECT count(*) FROM trips WHERE starts_on BETWEEN @from AND @to AND status <> 'cancelled'`;
const VISITORS = `SELECT coalesce(sum(headcount), 0) FROM receptions WHERE starts_on BETWEEN @from AND @to`;
// A visit record names its company or its project's; a done trip visit without a record counts
// on its planned day (else its stop's, else the trip's first day).
const VISITED = `SELECT count(DISTINCT company) FROM (
    SELECT coalesce(i.company_id, p.company_id) AS company FROM interactions i
      LEFT JOIN projects p ON p.id = i.project_id
    WHERE i.kind = 'visit_out' AND i.occurred_on BETWEEN @from AND @to
    UNION ALL
    SELECT coalesce(v.company_id, p.company_id) FROM stop_visits v
      JOIN trip_stops s ON s.id = v.stop_id JOIN trips t ON t.id = s.trip_id
      LEFT JOIN projects p ON p.id = v.project_id
    WHERE v.status = 'done' AND v.interaction_id IS NULL
      AND coalesce(v.planned_on, s.arrive_on, t.starts_on) BETWEEN @from AND @to)`;
const BIG_TALKS = `planned_amount >= ${BIG_PROJECT_YUAN}`;
// 在谈 today is the current stage; on a past day, the last stage the history had reached by then.
const TALKS_NOW = `SELECT count(*) AS n, coalesce(sum(planned_amount), 0) AS amount FROM projects
  WHERE stage IN (${list(IN_TALKS_STAGES)}) AND ${BIG_TALKS}`;
const TALKS_ON = `SELECT count(*) AS n, coalesce(sum(planned_amount), 0) AS amount FROM projects p
  WHERE ${BIG_TALKS} AND (SELECT h.to_stage FROM project_stage_history h WHERE h.project_id = p.id
    AND h.changed_on <= @at ORDER BY h.changed_on DESC, h.id DESC LIMIT 1) IN (${list(IN_TALKS_STAGES)})`;
const CLOSURE = `SELECT count(*) AS total, count(CASE WHEN status = 'closed' AND closed_on <= @to THEN 1 END) AS done
  FROM service_issues WHERE reported_on BETWEEN @from AND @to`;

/**
 * Prepares the statements once; the returned function computes the 13 figures for given days, or
 * with `timeOnly` just the ones measured against time (the 双过半 verdict of 30 June reads no more).
 */
export function kpiBaseline(db: Db): (p: KpiParams, timeOnly?: boolean) => KpiFigures {
  const signed = db.prepare(SIGNED);
  const count = (sql: string) => db.prepare(sql).pluck();
  const [started, produced, arrived, trips, visitors, visited] = [
    STARTED,
    PRODUCED,
    ARRIVED,
    TRIPS,
    VISITORS,
    VISITED,
  ].map(count);
  const talksNow = db.prepare(TALKS_NOW);
  const talksOn = db.prepare(TALKS_ON);
  const closure = db.prepare(CLOSURE);
  return ({ from, to, at, today }, timeOnly = false) => {
    const range = { from, to };
    const s = signed.get(range) as Pick<
      KpiFigures,
      'contractAmount' | 'signedProjects' | 'newBigProjects' | 'majorIndustrial'
    >;
    const t = timeOnly
      ? { n: null, amount: null }
      : ((at >= today ? talksNow.get() : talksOn.get({ at })) as { n: number; amount: number });
    const c = timeOnly ? { total: 0, done: 0 } : (closure.get(range) as { total: number; done: number });
    return {
      ...s,
      arrivedAmount: arrived!.get(range) as number,
      negotiatingBigCount: t.n,
      negotiatingBigAmount: t.amount,
      startedProjects: started!.get(range) as number,
      producedProjects: produced!.get(range) as number,
      trips: trips!.get(range) as number,
      companiesVisited: visited!.get(range) as number,
      visitorPersonTimes: visitors!.get(range) as number,
      serviceClosureRate: c.total ? Math.round((c.done / c.total) * PERCENT_FULL) : null,
    };
  };
}
