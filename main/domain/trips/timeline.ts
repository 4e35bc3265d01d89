import type { Db } from '../../db/open';
import { parseOrThrow } from '../shared/validate';
import { findClashes } from './clashes';
import { yearInput, type Timeline, type TimelineTrip } from '@contract/trips/planningSchema';

/**
 * The year's trips (those overlapping it, so a trip over New Year shows in both) with who goes,
 * and every clash of one person on two trips at once.
 */
export function tripTimeline(db: Db, input: unknown): Timeline {
  const { year, leaderId, teamId } = parseOrThrow(yearInput, input);
  const params = {
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    leaderId: leaderId ?? null,
    teamId: teamId ?? null,
  };
  const rows = db
    .prepare(
      `SELECT t.id, t.title, t.leader_id AS leaderId, l.name AS leaderName, t.team_id AS teamId, g.name AS teamName,
         t.starts_on AS startsOn, t.ends_on AS endsOn, t.status,
         (SELECT json_group_array(m.staff_id) FROM trip_members m WHERE m.trip_id = t.id) AS members
       FROM trips t LEFT JOIN staff l ON l.id = t.leader_id LEFT JOIN teams g ON g.id = t.team_id
       WHERE t.starts_on <= @to AND t.ends_on >= @from
         AND (@leaderId IS NULL OR t.leader_id = @leaderId) AND (@teamId IS NULL OR t.team_id = @teamId)
       ORDER BY t.starts_on, t.id`,
    )
    .all(params) as (Omit<TimelineTrip, 'staffIds'> & { members: string })[];
  const trips: TimelineTrip[] = rows.map(({ members, ...t }) => ({
    ...t,
    staffIds: [
      ...new Set([...(t.leaderId != null ? [t.leaderId] : []), ...(JSON.parse(members) as number[])]),
    ],
  }));
  const ids = [...new Set(trips.flatMap((t) => t.staffIds))];
  const names = new Map(
    (
      db
        .prepare(`SELECT id, name FROM staff WHERE id IN (SELECT value FROM json_each(?))`)
        .all(JSON.stringify(ids)) as { id: number; name: string }[]
    ).map((s) => [s.id, s.name]),
  );
  return { trips, clashes: findClashes(trips, (id) => names.get(id) ?? `人员${id}`) };
}
