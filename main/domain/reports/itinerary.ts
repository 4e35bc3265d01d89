// Pure: a trip's stops, visits and events laid out day by day, as the dossier's itinerary table.
import { addDays } from '@contract/indicators/period';
import type { StopView } from '@contract/trips/schema';
import type { ItineraryDay } from '@contract/reports/schema';

/** The days a stop covers: arrival to departure; one day when only one of them is known. */
function stopDays(stop: StopView): [string, string] | null {
  const first = stop.arriveOn ?? stop.departOn;
  const last = stop.departOn ?? stop.arriveOn;
  return first && last ? [first, last] : null;
}

/**
 * Every calendar day of the trip, each with the places the team is at, the visits planned that
 * day and the events held. A visit without a date falls on its stop's arrival day; what has no
 * day at all goes into a last row with `date: null` (日期待定), so nothing planned is left out.
 */
export function itineraryDays(startsOn: string, endsOn: string, stops: readonly StopView[]): ItineraryDay[] {
  const days = new Map<string, ItineraryDay>();
  for (let d = startsOn; d <= endsOn; d = addDays(d, 1)) {
    days.set(d, { date: d, places: [], visits: [], events: [] });
  }
  const undated: ItineraryDay = { date: null, places: [], visits: [], events: [] };
  const dayOf = (date: string | null): ItineraryDay => (date && days.get(date)) || undated;

  for (const stop of stops) {
    const span = stopDays(stop);
    if (span) {
      for (let d = span[0]; d <= span[1]; d = addDays(d, 1)) {
        const day = days.get(d);
        if (day && !day.places.includes(stop.placeName)) day.places.push(stop.placeName);
      }
    } else {
      undated.places.push(stop.placeName);
    }
    for (const v of stop.visits) {
      if (v.status === 'cancelled') continue;
      dayOf(v.plannedOn ?? span?.[0] ?? null).visits.push({
        companyName: v.companyName,
        projectName: v.projectName,
        status: v.status,
      });
    }
    for (const e of stop.events)
      dayOf(e.heldOn ?? span?.[0] ?? null).events.push({ kind: e.kind, title: e.title });
  }
  const out = [...days.values()];
  if (undated.places.length || undated.visits.length || undated.events.length) out.push(undated);
  return out;
}
