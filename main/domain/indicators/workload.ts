import type { Db } from '../../db/open';
import { OPEN_STAGES, SIGNED_STAGES } from '@contract/targets/indicators';
import { addDays } from '@contract/indicators/period';
import { periodInput, type WorkloadResult, type WorkloadRow } from '@contract/indicators/schema';
import { prepareCached } from '../../db/statements';
import { columnsOf, sumByKey } from './grouped';
import { inBuckets } from './buckets';
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

/** One person's open projects (@owner): count, investment, overdue and due-soon follow-ups. */
const OPEN_VALUES = `count(*) AS n, coalesce(sum(coalesce(contract_amount, planned_amount)), 0) AS amount,
  coalesce(sum(${OVERDUE}), 0) AS overdue, coalesce(sum(next_follow_up_on BETWEEN @today AND @soon), 0) AS dueSoon`;

/** The whole reading, `open` and `signed` giving each owner's rows of (owner_id, n …). */
const workloadSql = (open: string, signed: string): string => `WITH open AS MATERIALIZED (${open}),
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

/** In one statement, SQL grouping by owner (the benchmark's raw baseline runs this). */
export const WORKLOAD_SQL = workloadSql(
  `SELECT owner_id, ${OPEN_VALUES} FROM projects WHERE owner_id IS NOT NULL AND ${OPEN_HELD} GROUP BY owner_id`,
  `SELECT owner_id, count(*) AS n ${SIGNED_ROWS} GROUP BY owner_id`,
);

/**
 * Each owner's figures worked out here and handed in as JSON objects (@open, @signed): a
 * person's open projects are kept until one of them changes (buckets.ts, family 'owners'), the
 * signings per owner month by month. Grouped by SQL, the 787,000 open projects of 1,000,000 were
 * read for every look at the page, and a year of signings was sorted by owner.
 */
const WORKLOAD_HANDED_IN = workloadSql(
  `SELECT CAST(key AS INTEGER) AS owner_id, value ->> '$.n' AS n, value ->> '$.amount' AS amount,
     value ->> '$.overdue' AS overdue, value ->> '$.dueSoon' AS dueSoon FROM json_each(@open)`,
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
  const soon = addDays(today, DUE_SOON_DAYS - 1);
  const staff = prepareCached(
    db,
    'SELECT s.id FROM staff s WHERE s.active = 1 AND (@team IS NULL OR s.team_id = @team)',
    {
      pluck: true,
    },
  ).all({ team }) as number[];
  const openOf = prepareCached(
    db,
    `SELECT ${OPEN_VALUES} FROM projects WHERE owner_id = @owner AND ${OPEN_HELD}`,
  );
  const open = inBuckets(db, 'owners', `open|${today}`, staff.map(String), (owner) =>
    openOf.get({ owner: Number(owner), today, soon }),
  );
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
  const rows = prepareCached(db, WORKLOAD_HANDED_IN).all({
    team,
    open: JSON.stringify(Object.fromEntries(staff.map((id, i) => [id, open[i]]))),
    signed: JSON.stringify(signed),
  }) as WorkloadRow[];
  return { period: scope.echo, rows };
}
