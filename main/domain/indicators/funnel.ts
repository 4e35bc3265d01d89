import type { Db } from '../../db/open';
import { PRE_SIGNING_STAGES, PROJECT_STAGES, type ProjectStage } from '@contract/projects/pipelineStages';
import { periodInput, type FunnelResult, type FunnelStage } from '@contract/indicators/schema';
import { sumsOverMonths } from './monthly';
import { heldIn, inList, rangeParams, resolveScope } from './scope';

const LANDED: ProjectStage[] = PROJECT_STAGES.filter(
  (s) => s !== 'dropped' && !PRE_SIGNING_STAGES.includes(s),
);

/** The milestone column each landed stage stamps (signed → signed_on, …). */
const MILESTONE_COLUMN: Partial<Record<ProjectStage, string>> = {
  signed: 'signed_on',
  registered: 'registered_on',
  started: 'started_on',
  producing: 'produced_on',
  full: 'full_on',
};

/** Projects (unaliased `projects`) in a stage before signing on the statistics day. */
export const NOW_WHERE = inList('stage', PRE_SIGNING_STAGES);

/** Projects that reached a landed stage (签约 …) within @from..@to and still hold it. */
export function reachedWhere(stage: ProjectStage): string {
  const col = MILESTONE_COLUMN[stage];
  if (!col) throw new Error(`no milestone for ${stage}`);
  const held = PROJECT_STAGES.slice(PROJECT_STAGES.indexOf(stage), PROJECT_STAGES.indexOf('dropped'));
  return `${col} BETWEEN @from AND @to AND ${heldIn('stage', held)}`;
}

// A dropped project's stage began on the day it was dropped: the stage index finds them.
export const DROPPED_WHERE = `stage = 'dropped' AND stage_since BETWEEN @from AND @to`;

/** Landed stages: those with a milestone date. */
export const isLanded = (stage: ProjectStage): boolean => LANDED.includes(stage);

/**
 * The pipeline as directors read it: what is being courted now (线索 … 洽谈 today, planned
 * investment), and what landed within the period (签约 … 达产 reached in it, and
 * still held — a project dropped or sent back after signing is not counted; contract investment).
 */
export function funnel(db: Db, input: unknown): FunnelResult {
  const { scope } = resolveScope(db, periodInput, input);
  const p = rangeParams(scope);
  const now = db
    .prepare(
      `SELECT stage, count(*) AS count, coalesce(sum(planned_amount), 0) AS amount FROM projects
       WHERE ${NOW_WHERE} AND (@team IS NULL OR team_id = @team)
       GROUP BY stage`,
    )
    .all({ team: p.team }) as { stage: ProjectStage; count: number; amount: number }[];
  const byStage = new Map(now.map((r) => [r.stage, r]));
  const stages: FunnelStage[] = PRE_SIGNING_STAGES.map((stage) => ({
    stage,
    basis: 'now',
    count: byStage.get(stage)?.count ?? 0,
    amount: byStage.get(stage)?.amount ?? 0,
  }));
  // What landed, month by month (monthly.ts): a kept month is read again only after a change in it.
  const period = { from: p.from, to: p.to };
  for (const stage of LANDED) {
    const r = sumsOverMonths(
      db,
      'projects',
      `SELECT count(*) AS count, coalesce(sum(contract_amount), 0) AS amount FROM projects
       WHERE ${reachedWhere(stage)} AND (@team IS NULL OR team_id = @team)`,
      period,
      { team: p.team },
    );
    stages.push({ stage, basis: 'reached', count: r.count ?? 0, amount: r.amount ?? 0 });
  }
  const dropped =
    sumsOverMonths(
      db,
      'projects',
      `SELECT count(*) AS n FROM projects WHERE ${DROPPED_WHERE} AND (@team IS NULL OR team_id = @team)`,
      period,
      { team: p.team },
    ).n ?? 0;
  return { period: scope.echo, stages, dropped };
}
