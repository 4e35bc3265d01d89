import type { Db } from '../../db/open';
import { OPEN_STAGES, SIGNED_STAGES } from '@contract/targets/indicators';
import { addDays } from '@contract/indicators/period';
import { periodInput, type WorkloadResult, type WorkloadRow } from '@contract/indicators/schema';
import { prepareCached } from '../../db/statements';
import { columnsOf, sumByKey } from './grouped';
import { addMaps, overMonths } from './monthly';
import { heldIn, rangeParams, resolveScope } from './scope';

/** Follow-ups due in the coming week: the load already booked for the next days. */
export const DUE_SOON_DAYS = 7;

/** Projects (unaliased) still in someone's hands: 线索 … 开工. */
export const OPEN_HELD = heldIn('stage', OPEN_STAGES);
/** A follow-up that was due before the statistics day (@today). */
export const OVERDUE = 'next_follow_up_on < @today';

/** The period's signings (@from..@to), as rows of owner_id. */
const SIGNED_ROWS = `FROM projects WHERE signed_on BETWEEN @from AND @to AND ${heldIn('stage', SIGNED_STAGES)}`;

/** The whole reading, `signed` being each owner's signings as rows of (owner_id, n). */
const workloadSql = (signed: string): string => `WITH open AS (
         SELECT owner_id, count(*) AS n, coalesce(sum(coalesce(contract_amount, planned_amount)), 0) AS amount,
                coalesce(sum(${OVERDUE}), 0) AS overdue,
                coalesce(sum(next_follow_up_on BETWEEN @today AND @soon), 0) AS dueSoon
         FROM projects WHERE owner_id IS NOT NULL AND ${OPEN_HELD} GROUP BY owner_id),
       signed AS MATERIALIZED (${signed})
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

/** In one statement, SQL counting the signings per owner (the benchmark's raw baseline runs this). */
export const WORKLOAD_SQL = workloadSql(`SELECT owner_id, count(*) AS n ${SIGNED_ROWS} GROUP BY owner_id`);

/**
 * The signings per owner counted here and handed in as a JSON object (@signed): grouped by
 * SQL, a year of signings was sorted by owner first (86 ms of 188,000 at 1,000,000 projects).
 */
const WORKLOAD_WITH_SIGNED = workloadSql(
  'SELECT CAST(key AS INTEGER) AS owner_id, value AS n FROM json_each(@signed)',
);

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
  const perOwner = overMonths(
    db,
    'projects',
    'workload|signed',
    { from, to },
    (days) =>
      sumByKey(columnsOf(db, `SELECT json_group_array(owner_id) ${SIGNED_ROWS}`, { ...days })[0] ?? []),
    addMaps,
  );
  const signed = Object.fromEntries(
    [...perOwner].flatMap(([owner, [n]]) => (owner === null ? [] : [[owner, n]])),
  );
  const rows = prepareCached(db, WORKLOAD_WITH_SIGNED).all({
    from,
    to,
    team,
    today,
    soon: addDays(today, DUE_SOON_DAYS - 1),
    signed: JSON.stringify(signed),
  }) as WorkloadRow[];
  return { period: scope.echo, rows };
}
