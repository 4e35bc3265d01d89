import type { Db } from '../../db/open';
import type { CompanyTripVisit } from '@contract/companyStory/schema';

/**
 * The trips whose stops visit (or plan to visit) a company, newest trip first. A cancelled
 * visit is left out, as the trips grid leaves it out of a trip's 走访 count.
 */
export function tripVisitsOfCompany(db: Db, companyId: number): CompanyTripVisit[] {
  return db
    .prepare(
      `SELECT v.id AS visitId, t.id AS tripId, t.title, t.status AS tripStatus, t.starts_on AS startsOn,
         t.ends_on AS endsOn, l.name AS leaderName, s.place_name AS placeName, v.planned_on AS plannedOn, v.status
       FROM stop_visits v JOIN trip_stops s ON s.id = v.stop_id JOIN trips t ON t.id = s.trip_id
       LEFT JOIN staff l ON l.id = t.leader_id
       WHERE v.company_id = ? AND v.status <> 'cancelled'
       ORDER BY t.starts_on DESC, t.id DESC, v.planned_on NULLS LAST, v.id`,
    )
    .all(companyId) as CompanyTripVisit[];
}
