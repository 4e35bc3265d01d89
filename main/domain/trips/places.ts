import type { Db } from '../../db/open';
import type { LngLat } from '@contract/shared/regions';
import type { VisitPlace } from '@contract/trips/planningSchema';
import { placeCentre } from './routeDistance';
import { trips } from './tables';

/**
 * Where each company of a trip's visits is, for the trip map: its own coordinates when on file,
 * else the seat of its headquarters' division, else nowhere (the map leaves it out).
 */
export function visitPlaces(db: Db, tripId: number): VisitPlace[] {
  trips.require(db, tripId);
  const rows = db
    .prepare(
      `SELECT v.id AS visitId, v.stop_id AS stopId, v.company_id AS companyId,
         coalesce(c.name, p.name) AS companyName, v.status, v.planned_on AS plannedOn,
         c.lng, c.lat, c.hq_adcode AS hqAdcode
       FROM stop_visits v JOIN trip_stops s ON s.id = v.stop_id
       LEFT JOIN companies c ON c.id = v.company_id LEFT JOIN projects p ON p.id = v.project_id
       WHERE s.trip_id = ? ORDER BY s.seq, v.id`,
    )
    .all(tripId) as (Omit<VisitPlace, 'center' | 'located'> & {
    lng: number | null;
    lat: number | null;
    hqAdcode: number | null;
  })[];
  return rows.map(({ lng, lat, hqAdcode, ...v }) => {
    const exact = lng != null && lat != null ? ([lng, lat] as LngLat) : null;
    const region = exact ? null : hqAdcode != null ? placeCentre(hqAdcode) : null;
    return { ...v, center: exact ?? region, located: exact ? 'exact' : region ? 'region' : null };
  });
}
