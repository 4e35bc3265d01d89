import type { Db } from '../../db/open';
import type { TripStatus, VisitStatus } from '@contract/trips/schema';

/** A trip with what the totals, the year map and the timeline read from it. */
export interface LoadedTrip {
  id: number;
  title: string;
  leaderId: number | null;
  leaderName: string | null;
  teamId: number | null;
  teamName: string | null;
  startsOn: string;
  endsOn: string;
  status: TripStatus;
  homeAdcode: number | null;
  returnHome: boolean;
  /** Stop division codes in travel order. */
  stops: number[];
  visits: { stopAdcode: number; companyId: number | null; projectId: number | null; status: VisitStatus }[];
  events: number;
}

export interface TripFilter {
  /** Trips starting in [from, to]. */
  from?: string;
  to?: string;
  tripId?: number;
  leaderId?: number | null;
  teamId?: number | null;
  /** Cancelled trips are left out unless asked for (a single trip's own page shows its figures). */
  withCancelled?: boolean;
}

/**
 * Four flat queries instead of one per trip: a year of a big zone is a thousand trips. The
 * filter values are bound; only the fixed condition texts are assembled.
 */
export function loadTrips(db: Db, f: TripFilter): LoadedTrip[] {
  const where: string[] = [];
  if (f.from) where.push('t.starts_on >= @from');
  if (f.to) where.push('t.starts_on <= @to');
  if (f.tripId != null) where.push('t.id = @tripId');
  if (f.leaderId != null) where.push('t.leader_id = @leaderId');
  if (f.teamId != null) where.push('t.team_id = @teamId');
  if (!f.withCancelled) where.push(`t.status <> 'cancelled'`);
  const params = {
    from: f.from ?? null,
    to: f.to ?? null,
    tripId: f.tripId ?? null,
    leaderId: f.leaderId ?? null,
    teamId: f.teamId ?? null,
  };
  const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const trips = db
    .prepare(
      `SELECT t.id, t.title, t.leader_id AS leaderId, l.name AS leaderName, t.team_id AS teamId, g.name AS teamName,
         t.starts_on AS startsOn, t.ends_on AS endsOn, t.status, t.home_adcode AS homeAdcode, t.return_home AS returnHome
       FROM trips t LEFT JOIN staff l ON l.id = t.leader_id LEFT JOIN teams g ON g.id = t.team_id
       ${cond} ORDER BY t.starts_on, t.id`,
    )
    .all(params) as (Omit<LoadedTrip, 'stops' | 'visits' | 'events' | 'returnHome'> & {
    returnHome: number;
  })[];
  const byId = new Map<number, LoadedTrip>(
    trips.map((t) => [t.id, { ...t, returnHome: t.returnHome === 1, stops: [], visits: [], events: 0 }]),
  );
  if (byId.size === 0) return [];
  const tripsSql = `SELECT t.id FROM trips t ${cond}`;
  const stops = db
    .prepare(
      `SELECT s.trip_id AS tripId, s.adcode FROM trip_stops s WHERE s.trip_id IN (${tripsSql}) ORDER BY s.trip_id, s.seq, s.id`,
    )
    .all(params) as { tripId: number; adcode: number }[];
  for (const s of stops) byId.get(s.tripId)?.stops.push(s.adcode);
  const visits = db
    .prepare(
      `SELECT s.trip_id AS tripId, s.adcode AS stopAdcode, v.company_id AS companyId, v.project_id AS projectId, v.status
       FROM stop_visits v JOIN trip_stops s ON s.id = v.stop_id WHERE s.trip_id IN (${tripsSql})`,
    )
    .all(params) as (LoadedTrip['visits'][number] & { tripId: number })[];
  for (const { tripId, ...v } of visits) byId.get(tripId)?.visits.push(v);
  const events = db
    .prepare(
      `SELECT s.trip_id AS tripId, count(*) AS n FROM stop_events e JOIN trip_stops s ON s.id = e.stop_id
       WHERE s.trip_id IN (${tripsSql}) GROUP BY s.trip_id`,
    )
    .all(params) as { tripId: number; n: number }[];
  for (const e of events) {
    const trip = byId.get(e.tripId);
    if (trip) trip.events = e.n;
  }
  return [...byId.values()];
}
