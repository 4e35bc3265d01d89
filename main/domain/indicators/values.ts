import type { Db } from '../../db/open';
import {
  BIG_PROJECT_YUAN,
  IN_TALKS_STAGES,
  MAJOR_PROJECT_YUAN,
  PERCENT_FULL,
  PRODUCED_STAGES,
  SIGNED_STAGES,
  STARTED_STAGES,
  type IndicatorCode,
} from '../targets/indicators';
import { todayLocal } from '../shared/time';
import { heldIn, inList, rangeParams, type Scope } from './scope';

/**
 * Each indicator as one SQL aggregate over indexed date columns. Who a record belongs to when
 * a team is chosen:
 * - projects, and arrivals through their project: the project's responsible team;
 * - trips, and done trip visits: the trip's team; visit records (走访): a team member attended;
 * - receptions: the host's team; 企业诉求: the project's team, else the owner's team.
 */
const signedIn = (extra = ''): string =>
  `FROM projects WHERE signed_on BETWEEN @from AND @to AND ${heldIn('stage', SIGNED_STAGES)} ${extra}
     AND (@team IS NULL OR team_id = @team)`;

const SUMS: Partial<Record<IndicatorCode, string>> = {
  contractAmount: `SELECT coalesce(sum(contract_amount), 0) ${signedIn()}`,
  signedProjects: `SELECT count(*) ${signedIn()}`,
  newBigProjects: `SELECT count(*) ${signedIn(`AND contract_amount >= ${BIG_PROJECT_YUAN}`)}`,
  majorIndustrial: `SELECT count(*) ${signedIn(`AND is_industrial = 1 AND contract_amount >= ${MAJOR_PROJECT_YUAN}`)}`,
  startedProjects: `SELECT count(*) FROM projects WHERE started_on BETWEEN @from AND @to
      AND ${heldIn('stage', STARTED_STAGES)} AND (@team IS NULL OR team_id = @team)`,
  producedProjects: `SELECT count(*) FROM projects WHERE produced_on BETWEEN @from AND @to
      AND ${heldIn('stage', PRODUCED_STAGES)} AND (@team IS NULL OR team_id = @team)`,
  arrivedAmount: `SELECT coalesce(sum(a.amount), 0) FROM investment_arrivals a
      WHERE a.arrived_on BETWEEN @from AND @to
        AND (@team IS NULL OR a.project_id IN (SELECT id FROM projects WHERE team_id = @team))`,
  trips: `SELECT count(*) FROM trips WHERE starts_on BETWEEN @from AND @to AND status <> 'cancelled'
      AND (@team IS NULL OR team_id = @team)`,
  visitorPersonTimes: `SELECT coalesce(sum(r.headcount), 0) FROM receptions r
      WHERE r.starts_on BETWEEN @from AND @to
        AND (@team IS NULL OR r.host_id IN (SELECT id FROM staff WHERE team_id = @team))`,
  // A visit done on a trip normally has its interaction (kind visit_out), counted by the first
  // half; a done visit without one (e.g. its record was deleted) is counted on its planned day.
  companiesVisited: `SELECT count(DISTINCT company) FROM (
      SELECT coalesce(i.company_id, (SELECT p.company_id FROM projects p WHERE p.id = i.project_id)) AS company
      FROM interactions i
      WHERE i.kind = 'visit_out' AND i.occurred_on BETWEEN @from AND @to
        AND (@team IS NULL OR i.id IN (SELECT x.interaction_id FROM interaction_staff x
                                       WHERE x.staff_id IN (SELECT id FROM staff WHERE team_id = @team)))
      UNION ALL
      SELECT coalesce(v.company_id, p.company_id) FROM stop_visits v
        JOIN trip_stops s ON s.id = v.stop_id JOIN trips t ON t.id = s.trip_id
        LEFT JOIN projects p ON p.id = v.project_id
      WHERE v.status = 'done' AND v.interaction_id IS NULL
        AND coalesce(v.planned_on, s.arrive_on, t.starts_on) BETWEEN @from AND @to
        AND (@team IS NULL OR t.team_id = @team)
    ) WHERE company IS NOT NULL`,
};

const sumParams = (scope: Scope): { from: string; to: string; team: number | null } => {
  const { from, to, team } = rangeParams(scope);
  return { from, to, team };
};

const BIG_TALKS = `planned_amount >= ${BIG_PROJECT_YUAN} AND (@team IS NULL OR team_id = @team)`;

const STAGE_ON_DAY = `(SELECT h.to_stage FROM project_stage_history h WHERE h.project_id = p.id
  AND h.changed_on <= @at ORDER BY h.changed_on DESC, h.id DESC LIMIT 1)`;

/**
 * 在谈 on the statistics day. On today (or later) that is the current stage; for a day in the
 * past it is the stage the history had reached by then, so last year's figures stay put.
 */
function talks(db: Db, scope: Scope): { count: number; amount: number } {
  const p = rangeParams(scope);
  const sql =
    p.at >= todayLocal()
      ? `SELECT count(*) AS count, coalesce(sum(planned_amount), 0) AS amount FROM projects
         WHERE ${inList('stage', IN_TALKS_STAGES)} AND ${BIG_TALKS}`
      : `SELECT count(*) AS count, coalesce(sum(planned_amount), 0) AS amount FROM projects p
         WHERE ${BIG_TALKS} AND ${inList(STAGE_ON_DAY, IN_TALKS_STAGES)}`;
  return db.prepare(sql).get({ at: p.at, team: p.team }) as { count: number; amount: number };
}

/** 办结率 in basis points of the 诉求 received in the period and closed by its end. */
function closure(db: Db, scope: Scope): { rate: number | null; done: number; total: number } {
  const r = db
    .prepare(
      `SELECT count(*) AS total, coalesce(sum(si.status = 'closed' AND si.closed_on <= @to), 0) AS done
       FROM service_issues si
       WHERE si.reported_on BETWEEN @from AND @to
         AND (@team IS NULL OR coalesce(
               (SELECT p.team_id FROM projects p WHERE p.id = si.project_id),
               (SELECT o.team_id FROM staff o WHERE o.id = si.owner_id)) = @team)`,
    )
    .get(sumParams(scope)) as { total: number; done: number };
  return { ...r, rate: r.total ? Math.round((r.done / r.total) * PERCENT_FULL) : null };
}

export interface IndicatorValue {
  value: number | null;
  parts?: { done: number; total: number };
}

/** Every indicator of the catalogue for one scope. */
export function indicatorValues(db: Db, scope: Scope): Record<IndicatorCode, IndicatorValue> {
  const params = sumParams(scope);
  const out = {} as Record<IndicatorCode, IndicatorValue>;
  for (const [code, sql] of Object.entries(SUMS) as [IndicatorCode, string][]) {
    out[code] = { value: db.prepare(sql).pluck().get(params) as number };
  }
  const t = talks(db, scope);
  out.negotiatingBigCount = { value: t.count };
  out.negotiatingBigAmount = { value: t.amount };
  const c = closure(db, scope);
  out.serviceClosureRate = { value: c.rate, parts: { done: c.done, total: c.total } };
  return out;
}

/** One indicator for one scope (team rankings ask for a single one, per team). */
export function indicatorValue(db: Db, scope: Scope, code: IndicatorCode): IndicatorValue {
  const sql = SUMS[code];
  if (sql) return { value: db.prepare(sql).pluck().get(sumParams(scope)) as number };
  if (code === 'serviceClosureRate') {
    const c = closure(db, scope);
    return { value: c.rate, parts: { done: c.done, total: c.total } };
  }
  const t = talks(db, scope);
  return { value: code === 'negotiatingBigCount' ? t.count : t.amount };
}
