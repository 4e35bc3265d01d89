import type { Db } from '../../db/open';
import type { Actor } from '../shared/actor';
import { DomainError, invalid } from '@contract/shared/errors';
import { nowIso } from '@contract/shared/time';
import { parseOrThrow } from '../shared/validate';
import { writeAudit } from '../store/audit';
import {
  DEPART_BEFORE_ARRIVE,
  stopAdd,
  stopUpdate,
  stopsReorder,
  type Trip,
  type TripStop,
} from '@contract/trips/schema';
import { dateOrderProblem, dateOrdered } from './stopOrder';
import { stopIdsOf, stops, trips } from './tables';

type DateCheck = [field: string, label: string, value: string | null | undefined];

/** Everything planned on a trip happens between its departure and return. */
export function assertWithinTrip(trip: Trip, checks: DateCheck[]): void {
  const fields: Record<string, string> = {};
  for (const [field, label, value] of checks) {
    if (value && (value < trip.startsOn || value > trip.endsOn)) {
      fields[field] = `${label}应在行程日期（${trip.startsOn} 至 ${trip.endsOn}）之内`;
    }
  }
  const messages = Object.values(fields);
  if (messages.length) throw new DomainError('VALIDATION', messages.join('；'), fields);
}

function assertStopDates(
  trip: Trip,
  arriveOn: string | null | undefined,
  departOn: string | null | undefined,
): void {
  if (arriveOn && departOn && departOn < arriveOn) {
    throw invalid('departOn', DEPART_BEFORE_ARRIVE);
  }
  assertWithinTrip(trip, [
    ['arriveOn', '到达日期', arriveOn],
    ['departOn', '离开日期', departOn],
  ]);
}

export function addStop(db: Db, actor: Actor, input: unknown): TripStop {
  const { tripId, ...data } = parseOrThrow(stopAdd, input);
  return db
    .transaction(() => {
      const trip = trips.require(db, tripId);
      assertStopDates(trip, data.arriveOn, data.departOn);
      const { next } = db
        .prepare(`SELECT coalesce(max(seq) + 1, 0) AS next FROM trip_stops WHERE trip_id = ?`)
        .get(tripId) as { next: number };
      const added = stops.insert(db, actor, { ...data, tripId, seq: next });
      return keepDateOrder(db, actor, tripId, added.id);
    })
    .immediate();
}

export function updateStop(db: Db, actor: Actor, input: unknown): TripStop {
  const { id, patch } = parseOrThrow(stopUpdate, input);
  return db
    .transaction(() => {
      const before = stops.require(db, id);
      const trip = trips.require(db, before.tripId);
      const arriveOn = patch.arriveOn !== undefined ? patch.arriveOn : before.arriveOn;
      const departOn = patch.departOn !== undefined ? patch.departOn : before.departOn;
      assertStopDates(trip, arriveOn, departOn);
      stops.update(db, actor, id, patch);
      return keepDateOrder(db, actor, trip.id, id);
    })
    .immediate();
}

/** Visits and events at the stop go with it; interactions already logged from them stay. */
export function removeStop(db: Db, actor: Actor, id: number): void {
  db.transaction(() => {
    stops.remove(db, actor, id);
  }).immediate();
}

function orderedStops(db: Db, tripId: number): TripStop[] {
  return (
    db
      .prepare(`SELECT ${stops.selectList} FROM trip_stops WHERE trip_id = ? ORDER BY seq, id`)
      .all(tripId) as Record<string, unknown>[]
  ).map(stops.fromDb);
}

/**
 * Writes seq 0..n-1 in the given order and audits it. UNIQUE(trip_id, seq) is checked row by
 * row, so first every seq is lifted above the current maximum, then 0..n-1 can no longer collide.
 */
function writeOrder(db: Db, actor: Actor, tripId: number, before: number[], stopIds: number[]): void {
  const { lift } = db
    .prepare(`SELECT coalesce(max(seq), 0) + 1 AS lift FROM trip_stops WHERE trip_id = ?`)
    .get(tripId) as { lift: number };
  db.prepare(`UPDATE trip_stops SET seq = seq + ? WHERE trip_id = ?`).run(lift, tripId);
  const now = nowIso();
  const set = db.prepare(`UPDATE trip_stops SET seq = ?, updated_at = ? WHERE id = ?`);
  stopIds.forEach((stopId, seq) => set.run(seq, now, stopId));
  writeAudit(db, actor, 'trip', tripId, 'update', { stopIds: before }, { stopIds });
}

/**
 * After a stop is added or its dates change, dated stops move into date order (undated ones keep
 * their places), so the route and the day-by-day itinerary never disagree. Returns the stop.
 */
function keepDateOrder(db: Db, actor: Actor, tripId: number, stopId: number): TripStop {
  const current = orderedStops(db, tripId);
  const wanted = dateOrdered(current);
  const ids = current.map((s) => s.id);
  if (wanted.some((s, i) => s.id !== ids[i])) {
    writeOrder(
      db,
      actor,
      tripId,
      ids,
      wanted.map((s) => s.id),
    );
  }
  return stops.require(db, stopId);
}

/**
 * Rewrites seq to the given order. The list must name exactly the trip's stops: a stale
 * list (someone added or removed a stop meanwhile) would silently drop or misplace one. An order
 * that puts a dated stop after one dated later is refused: the dates say otherwise.
 */
export function reorderStops(db: Db, actor: Actor, input: unknown): TripStop[] {
  const { tripId, stopIds } = parseOrThrow(stopsReorder, input);
  return db
    .transaction(() => {
      trips.require(db, tripId);
      const current = stopIdsOf(db, tripId);
      const known = new Set(current);
      const same =
        stopIds.length === current.length &&
        new Set(stopIds).size === stopIds.length &&
        stopIds.every((s) => known.has(s));
      if (!same) {
        const msg = '停靠点列表与行程中的停靠点不一致，请刷新后重试';
        throw invalid('stopIds', msg);
      }
      if (current.join() === stopIds.join()) return orderedStops(db, tripId);
      const byId = new Map(orderedStops(db, tripId).map((s) => [s.id, s]));
      const clash = dateOrderProblem(stopIds.map((id) => byId.get(id)!));
      if (clash) throw invalid('stopIds', clash);
      writeOrder(db, actor, tripId, current, stopIds);
      return orderedStops(db, tripId);
    })
    .immediate();
}
