import type { Db } from '../../db/open';
import { regionByAdcode } from '@contract/shared/regions';
import { parseOrThrow } from '../shared/validate';
import { getTrip, tripTotals, visitPlaces } from '../trips';
import { placeCentre } from '../trips/routeDistance';
import { TRIP_STATUS_LABELS } from '@contract/trips/schema';
import { companyBrief } from './company';
import { itineraryDays } from './itinerary';
import { tripReportInput, type DossierVisit, type TripDossier } from '@contract/reports/schema';

/**
 * 出访手册 of one trip: cover figures, the itinerary by day, the route's points for the map and,
 * in visit order, the one-pager of every company to meet. A company met at two stops gets its
 * one-pager once, at the first. Cancelled visits are left out.
 */
export function tripDossier(db: Db, id: number): TripDossier {
  const trip = getTrip(db, id);
  const { totals, text } = tripTotals(db, id);
  const home = trip.homeAdcode === null ? null : regionByAdcode(trip.homeAdcode);

  const visits: DossierVisit[] = [];
  const seen = new Set<number>();
  trip.stops.forEach((stop, i) => {
    for (const v of stop.visits) {
      if (v.status === 'cancelled' || v.companyId === null || seen.has(v.companyId)) continue;
      seen.add(v.companyId);
      visits.push({
        stopNo: i + 1,
        placeName: stop.placeName,
        plannedOn: v.plannedOn,
        status: v.status,
        brief: companyBrief(db, v.companyId),
      });
    }
  });

  return {
    trip,
    statusLabel: TRIP_STATUS_LABELS[trip.status],
    totals,
    totalsText: text,
    home:
      trip.homeAdcode === null
        ? null
        : { name: home?.name ?? String(trip.homeAdcode), center: placeCentre(trip.homeAdcode) },
    stops: trip.stops.map((s, i) => ({
      seq: i + 1,
      placeName: s.placeName,
      adcode: s.adcode,
      arriveOn: s.arriveOn,
      departOn: s.departOn,
      center: placeCentre(s.adcode),
      visitCount: s.visits.filter((v) => v.status !== 'cancelled').length,
    })),
    days: itineraryDays(trip.startsOn, trip.endsOn, trip.stops),
    places: visitPlaces(db, id),
    visits,
  };
}

export function tripReport(db: Db, input: unknown): TripDossier {
  return tripDossier(db, parseOrThrow(tripReportInput, input).id);
}
