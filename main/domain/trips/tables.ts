import type { Db } from '../../db/open';
import { defineTable } from '../store/table';
import type { StopEvent, StopVisit, Trip, TripStop } from '@contract/trips/schema';

export const trips = defineTable<Trip>({
  table: 'trips',
  entity: 'trip',
  label: '外出招商行程',
  columns: {
    id: 'id',
    title: 'title',
    leaderId: 'leader_id',
    teamId: 'team_id',
    purpose: 'purpose',
    startsOn: 'starts_on',
    endsOn: 'ends_on',
    status: 'status',
    homeAdcode: 'home_adcode',
    returnHome: 'return_home',
    notes: 'notes',
    createdAt: 'created_at',
    updatedAt: 'updated_at',
  },
  booleans: ['returnHome'],
});

export const stops = defineTable<TripStop>({
  table: 'trip_stops',
  entity: 'tripStop',
  label: '停靠点',
  columns: {
    id: 'id',
    tripId: 'trip_id',
    seq: 'seq',
    adcode: 'adcode',
    placeName: 'place_name',
    arriveOn: 'arrive_on',
    departOn: 'depart_on',
    pinned: 'pinned',
    notes: 'notes',
    createdAt: 'created_at',
    updatedAt: 'updated_at',
  },
  booleans: ['pinned'],
});

export const visits = defineTable<StopVisit>({
  table: 'stop_visits',
  entity: 'stopVisit',
  label: '走访安排',
  columns: {
    id: 'id',
    stopId: 'stop_id',
    companyId: 'company_id',
    projectId: 'project_id',
    plannedOn: 'planned_on',
    status: 'status',
    interactionId: 'interaction_id',
    notes: 'notes',
    createdAt: 'created_at',
    updatedAt: 'updated_at',
  },
});

export const events = defineTable<StopEvent>({
  table: 'stop_events',
  entity: 'stopEvent',
  label: '活动',
  columns: {
    id: 'id',
    stopId: 'stop_id',
    kind: 'kind',
    title: 'title',
    heldOn: 'held_on',
    notes: 'notes',
    createdAt: 'created_at',
    updatedAt: 'updated_at',
  },
});

export function memberIdsOf(db: Db, tripId: number): number[] {
  return (
    db.prepare(`SELECT staff_id AS id FROM trip_members WHERE trip_id = ? ORDER BY staff_id`).all(tripId) as {
      id: number;
    }[]
  ).map((r) => r.id);
}

export function stopIdsOf(db: Db, tripId: number): number[] {
  return (
    db.prepare(`SELECT id FROM trip_stops WHERE trip_id = ? ORDER BY seq, id`).all(tripId) as { id: number }[]
  ).map((r) => r.id);
}

/** The trip a stop belongs to: every child write checks its dates against it. */
export function tripOfStop(db: Db, stopId: number): { stop: TripStop; trip: Trip } {
  const stop = stops.require(db, stopId);
  return { stop, trip: trips.require(db, stop.tripId) };
}
