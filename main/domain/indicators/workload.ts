import type { Db } from '../../db/open';
import { OPEN_STAGES, SIGNED_STAGES } from '@contract/targets/indicators';
import { addDays } from '@contract/indicators/period';
import { periodInput, type WorkloadResult, type WorkloadRow } from '@contract/indicators/schema';
import { heldIn, rangeParams, resolveScope } from './scope';

/** Follow-ups due in the coming week: the load already booked for the next days. */
export const DUE_SOON_DAYS = 7;

/** Projects (unaliased) still in someone's hands: 线索 … 开工. */
export const OPEN_HELD = heldIn('stage', OPEN_STAGES);
/** A follow-up that was due before the statistics day (@today). */
export const OVERDUE = 'next_follow_up_on < @today';

/** The whole reading, one statement (the benchmark's raw baseline runs exactly this). */
export const WORKLOAD_SQL = `WITH open AS (
         SELECT owner_id, count(*) AS n, coalesce(sum(coalesce(contract_amount, planned_amount)), 0) AS amount,
                coalesce(sum(${OVERDUE}), 0) AS overdue,
                coalesce(sum(next_follow_up_on BETWEEN @today AND @soon), 0) AS dueSoon
         FROM projects WHERE owner_id IS NOT NULL AND ${OPEN_HELD} GROUP BY owner_id),
       signed AS (
         SELECT owner_id, count(*) AS n FROM projects
         WHERE signed_on BETWEEN @from AND @to AND ${heldIn('stage', SIGNED_STAGES)} GROUP BY owner_id)
       SELECT s.id AS staffId, s.name, s.team_id AS teamId, t.name AS teamName,
              coalesce(open.n, 0) AS openProjects, coalesce(open.amount, 0) AS openAmount,
              coalesce(open.overdue, 0) AS overdueFollowUps, coalesce(open.dueSoon, 0) AS dueSoon,
              coalesce(signed.n, 0) AS signed
       FROM staff s
         LEFT JOIN teams t ON t.id = s.team_id
         LEFT JOIN open ON open.owner_id = s.id
         LEFT JOIN signed ON signed.owner_id = s.id
       WHERE s.active = 1 AND (@team IS NULL OR s.team_id = @team)
         AND (s.role IN ('leader', 'member') OR open.n > 0 OR signed.n > 0)
       ORDER BY overdueFollowUps DESC, openProjects DESC, s.name`;

/**
 * Per person: open projects and their investment, follow-ups overdue on the statistics day and
 * due within the next 7 days (states of today, whatever the period), and signings in the
 * period. Promotion staff with nothing on their desk are listed too, so an idle desk shows.
 * Everything is read from the owner and signing indexes (migration 4), never from the table.
 */
export function workload(db: Db, input: unknown): WorkloadResult {
  const { scope } = resolveScope(db, periodInput, input);
  const { from, to, team } = rangeParams(scope);
  const today = scope.echo.asOf;
  const rows = db
    .prepare(WORKLOAD_SQL)
    .all({ from, to, team, today, soon: addDays(today, DUE_SOON_DAYS - 1) }) as WorkloadRow[];
  return { period: scope.echo, rows };
}
