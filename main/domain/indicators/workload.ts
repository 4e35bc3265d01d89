import type { Db } from '../../db/open';
import { OPEN_STAGES, SIGNED_STAGES } from '../targets/indicators';
import { periodInput, type WorkloadResult, type WorkloadRow } from './schema';
import { heldIn, inList, rangeParams, resolveScope } from './scope';

/**
 * Per person: open projects and their investment, follow-ups overdue on the statistics day (a state of today, whatever the period),
 * meetings attended and signings in the period. Staff with nothing on their desk are listed
 * too when they are promotion staff, so an idle desk shows.
 */
export function workload(db: Db, input: unknown): WorkloadResult {
  const { scope } = resolveScope(db, periodInput, input);
  const { from, to, team } = rangeParams(scope);
  const rows = db
    .prepare(
      `WITH open AS (
         SELECT owner_id, count(*) AS n, coalesce(sum(coalesce(contract_amount, planned_amount)), 0) AS amount,
                coalesce(sum(next_follow_up_on < @today), 0) AS overdue
         FROM projects WHERE owner_id IS NOT NULL AND ${inList('stage', OPEN_STAGES)} GROUP BY owner_id),
       met AS (
         SELECT x.staff_id, count(*) AS n FROM interactions i JOIN interaction_staff x ON x.interaction_id = i.id
         WHERE i.occurred_on BETWEEN @from AND @to GROUP BY x.staff_id),
       signed AS (
         SELECT owner_id, count(*) AS n FROM projects
         WHERE signed_on BETWEEN @from AND @to AND ${heldIn('stage', SIGNED_STAGES)} GROUP BY owner_id)
       SELECT s.id AS staffId, s.name, s.team_id AS teamId, t.name AS teamName,
              coalesce(open.n, 0) AS openProjects, coalesce(open.amount, 0) AS openAmount,
              coalesce(open.overdue, 0) AS overdueFollowUps, coalesce(met.n, 0) AS interactions,
              coalesce(signed.n, 0) AS signed
       FROM staff s
         LEFT JOIN teams t ON t.id = s.team_id
         LEFT JOIN open ON open.owner_id = s.id
         LEFT JOIN met ON met.staff_id = s.id
         LEFT JOIN signed ON signed.owner_id = s.id
       WHERE s.active = 1 AND (@team IS NULL OR s.team_id = @team)
         AND (s.role IN ('leader', 'member') OR open.n > 0 OR met.n > 0 OR signed.n > 0)
       ORDER BY overdueFollowUps DESC, openProjects DESC, s.name`,
    )
    .all({ from, to, team, today: scope.echo.asOf }) as WorkloadRow[];
  return { period: scope.echo, rows };
}
