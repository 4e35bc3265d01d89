import type { Db } from '../../db/open';
import { shortName } from '@contract/shared/regions';
import { parseOrThrow } from '../shared/validate';
import { loadTrips } from './load';
import { yearInput, type MapCity, type YearMap } from '@contract/trips/planningSchema';
import { placeCentre, placeCity, routePoints } from './routeDistance';

/**
 * The year's trips on one map: each city stopped in, sized by the visits made or planned there
 * (cancelled ones left out), and each trip's route as a faint line.
 */
export function tripYearMap(db: Db, input: unknown): YearMap {
  const { year, leaderId, teamId } = parseOrThrow(yearInput, input);
  const trips = loadTrips(db, { from: `${year}-01-01`, to: `${year}-12-31`, leaderId, teamId });
  const cities = new Map<number, MapCity & { tripIds: Set<number> }>();
  const cityFor = (adcode: number) => {
    const city = placeCity(adcode);
    if (!city) return undefined;
    let entry = cities.get(city.adcode);
    if (!entry) {
      entry = {
        adcode: city.adcode,
        name: shortName(city.name),
        center: city.center,
        visits: 0,
        trips: 0,
        tripIds: new Set(),
      };
      cities.set(city.adcode, entry);
    }
    return entry;
  };
  for (const t of trips) {
    for (const code of t.stops) cityFor(code)?.tripIds.add(t.id);
    for (const v of t.visits) {
      if (v.status !== 'cancelled') {
        const entry = cityFor(v.stopAdcode);
        if (entry) entry.visits++;
      }
    }
  }
  const home = trips.find((t) => t.homeAdcode != null)?.homeAdcode ?? null;
  return {
    cities: [...cities.values()]
      .map(({ tripIds, ...c }) => ({ ...c, trips: tripIds.size }))
      .sort((a, b) => b.visits - a.visits),
    routes: trips.map((t) => ({ tripId: t.id, title: t.title, points: routePoints(t) })),
    homeCenter: home == null ? null : placeCentre(home),
  };
}
