import type { Db } from '../../db/open';
import { getSettings } from '../settings';
import { greatCircleKm, type LngLat } from '@contract/shared/regions';
import { parseOrThrow } from '../shared/validate';
import { optimiseRoute, routeCost } from './routeSolver';
import { optimiseInput, type OptimiseResult } from '@contract/trips/planningSchema';
import { placeCentre } from './routeDistance';
import { dateOrdered, stopDay } from './stopOrder';
import { trips } from './tables';

/**
 * Proposes a shorter order for a trip's stops without writing anything: the planner shows the
 * kilometres before and after, and the person applies it with trips.reorderStops (audited there).
 * Home is the fixed start; without a home the first stop is. Pinned stops keep their place, and
 * so do dated ones, in the order of their dates: a route that reorders days is no proposal.
 */
export function optimiseTrip(db: Db, input: unknown): OptimiseResult {
  const { tripId, keepLastStop } = parseOrThrow(optimiseInput, input);
  const trip = trips.require(db, tripId);
  const saved = db
    .prepare(
      `SELECT id, adcode, pinned, place_name AS placeName, arrive_on AS arriveOn, depart_on AS departOn
       FROM trip_stops WHERE trip_id = ? ORDER BY seq, id`,
    )
    .all(tripId) as {
    id: number;
    adcode: number;
    pinned: number;
    placeName: string;
    arriveOn: string | null;
    departOn: string | null;
  }[];
  // Written orders already agree with their dates; this only repairs one saved before that rule.
  const rows = dateOrdered(saved);
  const { roadFactor } = getSettings(db);
  // A stop whose code the dataset cannot place stays put and costs nothing: better than guessing.
  const points: (LngLat | null)[] = rows.map((r) => placeCentre(r.adcode));
  const home = trip.homeAdcode == null ? null : placeCentre(trip.homeAdcode);
  const nodes = home ? [...points, home] : points;
  const dist = nodes.map((a) => nodes.map((b) => (a && b ? greatCircleKm(a, b) : 0)));
  const locked = new Set<number>();
  rows.forEach((r, i) => {
    if (r.pinned || stopDay(r) || !points[i]) locked.add(i);
  });
  if (keepLastStop && rows.length) locked.add(rows.length - 1);
  const problem = {
    dist,
    stops: rows.map((_, i) => i),
    home: home ? rows.length : null,
    returnHome: trip.returnHome,
    locked,
  };
  const current = saved.map((r) => r.id);
  const solution = optimiseRoute(problem);
  const km = (order: readonly number[]): number => Math.round(routeCost(problem, order) * roadFactor);
  const proposed = solution.order.map((i) => rows[i]!.id);
  return {
    current,
    proposed,
    kmBefore: km(saved.map((r) => rows.indexOf(r))),
    kmAfter: km(solution.order),
    exact: solution.exact,
    changed: proposed.join() !== current.join(),
  };
}
