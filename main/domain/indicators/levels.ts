import type { Db } from '../../db/open';
import { prepareCached } from '../../db/statements';
import { todayLocal } from '@contract/shared/time';
import { BIG_PROJECT_YUAN, IN_TALKS_STAGES, PERCENT_FULL } from '@contract/targets/indicators';
import { inList } from './scope';

/**
 * The indicators read as a state rather than a sum: 亿元以上在谈 on the statistics day and the
 * 办结率 of 企业诉求. Each for the office or one team (@team), and for every team in one pass.
 */

const STAGE_ON_DAY = `(SELECT h.to_stage FROM project_stage_history h WHERE h.project_id = p.id
  AND h.changed_on <= @at ORDER BY h.changed_on DESC, h.id DESC LIMIT 1)`;

/**
 * 在谈 on the statistics day. On today (or later) that is the current stage; for a day in the
 * past it is the stage the history had reached by then, so last year's figures stay put.
 */
export const talksWhere = (at: string): string =>
  at >= todayLocal()
    ? `${inList('p.stage', IN_TALKS_STAGES)} AND p.planned_amount >= ${BIG_PROJECT_YUAN}`
    : `p.planned_amount >= ${BIG_PROJECT_YUAN} AND ${inList(STAGE_ON_DAY, IN_TALKS_STAGES)}`;

const talksRows = (at: string): string => `FROM projects p WHERE ${talksWhere(at)}`;

const TALKS_VALUES = 'count(*) AS count, coalesce(sum(p.planned_amount), 0) AS amount';

export interface Talks {
  count: number;
  amount: number;
}

export function talks(db: Db, p: { at: string; team: number | null }): Talks {
  return prepareCached(
    db,
    `SELECT ${TALKS_VALUES} ${talksRows(p.at)} AND (@team IS NULL OR p.team_id = @team)`,
  ).get({ at: p.at, team: p.team }) as Talks;
}

export function talksByTeam(db: Db, p: { at: string }): Map<number, Talks> {
  const rows = prepareCached(
    db,
    `SELECT p.team_id AS team, ${TALKS_VALUES} ${talksRows(p.at)} AND p.team_id IS NOT NULL GROUP BY 1`,
  ).all({ at: p.at }) as (Talks & { team: number })[];
  return new Map(rows.map(({ team, ...t }) => [team, t]));
}

/** 办结率 in basis points of the 诉求 received in the period and closed by its end. */
export interface Closure {
  rate: number | null;
  done: number;
  total: number;
}

export const CLOSURE_VALUES = `count(*) AS total, coalesce(sum(si.status = 'closed' AND si.closed_on <= @to), 0) AS done`;
export const CLOSURE_ROWS = 'FROM service_issues si WHERE si.reported_on BETWEEN @from AND @to';
// An issue is its project's team's, else its owner's.
export const ISSUE_TEAM = `coalesce((SELECT p.team_id FROM projects p INDEXED BY projects_id_team WHERE p.id = si.project_id),
  (SELECT o.team_id FROM staff o WHERE o.id = si.owner_id))`;

export const withRate = (r: { total: number; done: number }): Closure => ({
  ...r,
  rate: r.total ? Math.round((r.done / r.total) * PERCENT_FULL) : null,
});

export function closure(db: Db, p: { from: string; to: string; team: number | null }): Closure {
  return withRate(
    prepareCached(
      db,
      `SELECT ${CLOSURE_VALUES} ${CLOSURE_ROWS} AND (@team IS NULL OR ${ISSUE_TEAM} = @team)`,
    ).get(p) as { total: number; done: number },
  );
}

export function closureByTeam(db: Db, p: { from: string; to: string }): Map<number, Closure> {
  const rows = prepareCached(
    db,
    `SELECT ${ISSUE_TEAM} AS team, ${CLOSURE_VALUES} ${CLOSURE_ROWS} GROUP BY 1`,
  ).all(p) as { team: number | null; total: number; done: number }[];
  return new Map(rows.flatMap(({ team, ...r }) => (team === null ? [] : [[team, withRate(r)]])));
}
