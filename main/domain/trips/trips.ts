import type { Db } from '../../db/open';
import type { Actor } from '../shared/actor';
import { DomainError, invalid } from '@contract/shared/errors';
import type { ListQueryInput, Page } from '@contract/shared/listQuery';
import { parseOrThrow } from '../shared/validate';
import { writeAudit } from '../store/audit';
import { drillListQuery } from '@contract/indicators/drillSchema';
import { drillWhere } from '../indicators/figures';
import { runList, type ListSpec } from '../store/list';
import { visitElsewhere } from '@contract/trips/elsewhere';
import { assertRefs, assertStaffIds } from '../shared/refs';
import {
  END_BEFORE_START,
  tripCreate,
  tripUpdate,
  type StopEvent,
  type TripDetail,
  type TripRow,
  type VisitView,
} from '@contract/trips/schema';
import { memberIdsOf, stops, trips } from './tables';

function assertTripRefs(
  db: Db,
  leaderId?: number | null,
  teamId?: number | null,
  memberIds?: number[],
): void {
  assertRefs(db, [
    { table: 'staff', id: leaderId, field: 'leaderId', label: '带队领导' },
    { table: 'teams', id: teamId, field: 'teamId', label: '小分队' },
  ]);
  if (memberIds) assertStaffIds(db, memberIds, 'memberIds', '成员');
}

/** Members are a join table: the change is recorded on the trip as before/after id lists. */
function setMembers(db: Db, actor: Actor, tripId: number, wanted: number[]): void {
  const before = memberIdsOf(db, tripId);
  const after = [...new Set(wanted)].sort((a, b) => a - b);
  if (before.join() === after.join()) return;
  db.prepare(`DELETE FROM trip_members WHERE trip_id = ?`).run(tripId);
  const add = db.prepare(`INSERT INTO trip_members (trip_id, staff_id) VALUES (?, ?)`);
  for (const staffId of after) add.run(tripId, staffId);
  writeAudit(db, actor, 'trip', tripId, 'update', { memberIds: before }, { memberIds: after });
}

/** Stops, visits and events that a new trip window would leave (partly) outside it, each counted once. */
function datesOutside(db: Db, tripId: number, startsOn: string, endsOn: string): number {
  const row = db
    .prepare(
      `SELECT count(*) AS n FROM (
         SELECT coalesce(arrive_on, depart_on) AS lo, coalesce(depart_on, arrive_on) AS hi FROM trip_stops WHERE trip_id = @t
         UNION ALL SELECT v.planned_on, v.planned_on FROM stop_visits v JOIN trip_stops s ON s.id = v.stop_id WHERE s.trip_id = @t
         UNION ALL SELECT e.held_on, e.held_on FROM stop_events e JOIN trip_stops s ON s.id = e.stop_id WHERE s.trip_id = @t
       ) WHERE lo IS NOT NULL AND (lo < @s OR hi > @e)`,
    )
    .get({ t: tripId, s: startsOn, e: endsOn }) as { n: number };
  return row.n;
}

export function createTrip(db: Db, actor: Actor, input: unknown): TripDetail {
  const { memberIds, ...data } = parseOrThrow(tripCreate, input);
  return db
    .transaction(() => {
      assertTripRefs(db, data.leaderId, data.teamId, memberIds);
      const trip = trips.insert(db, actor, data);
      if (memberIds?.length) setMembers(db, actor, trip.id, memberIds);
      return getTrip(db, trip.id);
    })
    .immediate();
}

export function updateTrip(db: Db, actor: Actor, input: unknown): TripDetail {
  const { id, patch } = parseOrThrow(tripUpdate, input);
  const { memberIds, ...values } = patch;
  return db
    .transaction(() => {
      const before = trips.require(db, id);
      const startsOn = values.startsOn ?? before.startsOn;
      const endsOn = values.endsOn ?? before.endsOn;
      if (endsOn < startsOn) throw invalid('endsOn', END_BEFORE_START);
      const outside = datesOutside(db, id, startsOn, endsOn);
      if (outside > 0) {
        const msg = `有 ${outside} 个停靠点、走访或活动的日期不在 ${startsOn} 至 ${endsOn} 之内，请先调整它们`;
        throw new DomainError('VALIDATION', msg, { startsOn: msg, endsOn: msg });
      }
      assertTripRefs(db, values.leaderId, values.teamId, memberIds);
      trips.update(db, actor, id, values);
      if (memberIds) setMembers(db, actor, id, memberIds);
      return getTrip(db, id);
    })
    .immediate();
}

/** Stops, visits and events go with the trip; interactions logged from its visits stay. */
export function deleteTrip(db: Db, actor: Actor, id: number): void {
  db.transaction(() => {
    const memberIds = memberIdsOf(db, id);
    trips.require(db, id);
    if (memberIds.length) writeAudit(db, actor, 'trip', id, 'update', { memberIds }, { memberIds: [] });
    trips.remove(db, actor, id);
  }).immediate();
}

export function getTrip(db: Db, id: number): TripDetail {
  const trip = trips.require(db, id);
  const names = db
    .prepare(
      `SELECT (SELECT name FROM staff WHERE id = ?) AS leaderName, (SELECT name FROM teams WHERE id = ?) AS teamName`,
    )
    .get(trip.leaderId, trip.teamId) as { leaderName: string | null; teamName: string | null };
  const members = db
    .prepare(
      `SELECT s.id, s.name FROM trip_members m JOIN staff s ON s.id = m.staff_id WHERE m.trip_id = ? ORDER BY s.name, s.id`,
    )
    .all(id) as { id: number; name: string }[];
  const stopRows = (
    db
      .prepare(`SELECT ${stops.selectList} FROM trip_stops WHERE trip_id = ? ORDER BY seq, id`)
      .all(id) as Record<string, unknown>[]
  ).map(stops.fromDb);
  const visitRows = db
    .prepare(
      `SELECT v.id, v.stop_id AS stopId, v.company_id AS companyId, v.project_id AS projectId, v.planned_on AS plannedOn,
         v.status, v.interaction_id AS interactionId, v.notes, v.created_at AS createdAt, v.updated_at AS updatedAt,
         c.name AS companyName, p.name AS projectName, s.adcode AS stopAdcode, c.hq_adcode AS companyAdcode
       FROM stop_visits v JOIN trip_stops s ON s.id = v.stop_id
       LEFT JOIN companies c ON c.id = v.company_id LEFT JOIN projects p ON p.id = v.project_id
       WHERE s.trip_id = ? ORDER BY v.planned_on NULLS LAST, v.id`,
    )
    .all(id) as (Omit<VisitView, 'elsewhere'> & { stopAdcode: number; companyAdcode: number | null })[];
  const eventRows = db
    .prepare(
      `SELECT e.id, e.stop_id AS stopId, e.kind, e.title, e.held_on AS heldOn, e.notes, e.created_at AS createdAt,
         e.updated_at AS updatedAt
       FROM stop_events e JOIN trip_stops s ON s.id = e.stop_id WHERE s.trip_id = ? ORDER BY e.held_on NULLS LAST, e.id`,
    )
    .all(id) as StopEvent[];
  return {
    ...trip,
    ...names,
    members,
    stops: stopRows.map((stop) => ({
      ...stop,
      visits: visitRows
        .filter((v) => v.stopId === stop.id)
        .map(({ stopAdcode, companyAdcode, ...v }) => ({
          ...v,
          elsewhere: visitElsewhere(stopAdcode, companyAdcode),
        })),
      events: eventRows.filter((e) => e.stopId === stop.id),
    })),
  };
}

const stopCount = '(SELECT count(*) FROM trip_stops s WHERE s.trip_id = t.id)';
const visitCount = `(SELECT count(*) FROM stop_visits v JOIN trip_stops s ON s.id = v.stop_id
  WHERE s.trip_id = t.id AND v.status <> 'cancelled')`;
const days = '(CAST(julianday(t.ends_on) - julianday(t.starts_on) AS INTEGER) + 1)';

const listSpec: ListSpec = {
  from: 'trips t LEFT JOIN staff l ON l.id = t.leader_id LEFT JOIN teams g ON g.id = t.team_id',
  select: `t.id, t.title, t.leader_id AS leaderId, t.team_id AS teamId, t.purpose, t.starts_on AS startsOn,
    t.ends_on AS endsOn, t.status, t.home_adcode AS homeAdcode, t.return_home AS returnHome, t.notes,
    t.created_at AS createdAt, t.updated_at AS updatedAt, l.name AS leaderName, g.name AS teamName,
    ${days} AS days, ${stopCount} AS stopCount, ${visitCount} AS visitCount`,
  key: 't.id',
  columns: {
    id: { sql: 't.id', type: 'number' },
    title: { sql: 't.title', type: 'text' },
    leaderId: { sql: 't.leader_id', type: 'number' },
    leaderName: { sql: 'l.name', type: 'text' },
    teamId: { sql: 't.team_id', type: 'number' },
    teamName: { sql: 'g.name', type: 'text' },
    startsOn: { sql: 't.starts_on', type: 'date' },
    endsOn: { sql: 't.ends_on', type: 'date' },
    status: { sql: 't.status', type: 'text' },
    days: { sql: days, type: 'number' },
    stopCount: { sql: stopCount, type: 'number' },
    visitCount: { sql: visitCount, type: 'number' },
    updatedAt: { sql: 't.updated_at', type: 'date' },
  },
  search: ['t.title', 't.purpose'],
  searchNames: [
    { kind: 'staff', id: 't.leader_id', name: 'l.name' },
    { kind: 'team', id: 't.team_id', name: 'g.name' },
  ],
  defaultSort: 't.starts_on DESC',
};

export function listTrips(db: Db, input: ListQueryInput | unknown): Page<TripRow> {
  const { drill, ...query } = parseOrThrow(drillListQuery, input);
  return runList<TripRow>(
    db,
    listSpec,
    query,
    drill && drillWhere(db, 'trips', drill),
    (r) => ({ ...r, returnHome: r.returnHome === 1 }) as TripRow,
  );
}
