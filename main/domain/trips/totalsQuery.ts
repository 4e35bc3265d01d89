import type { Db } from '../../db/open';
import { getSettings } from '../settings';
import { notFound } from '@contract/shared/errors';
import { provinceOf } from '@contract/shared/regions';
import { parseOrThrow } from '../shared/validate';
import { loadTrips, type LoadedTrip } from './load';
import {
  periodInput,
  type OneTripTotals,
  type PeriodTotals,
  type TotalsGroup,
} from '@contract/trips/planningSchema';
import { placeCity, routeKm } from './routeDistance';
import { formatOneTrip, formatTripTotals, type TripTotals } from '@contract/trips/totalsWording';

const daysOf = (t: LoadedTrip): number =>
  Math.round((Date.parse(t.endsOn) - Date.parse(t.startsOn)) / 86_400_000) + 1;

/** A visit names a company, or only a project whose company is not on file: count either once. */
const partyKey = (v: LoadedTrip['visits'][number]): string =>
  v.companyId != null ? `c${v.companyId}` : `p${v.projectId}`;

/** Distinct places and companies are counted across the trips, not summed per trip. */
export function summarise(trips: readonly LoadedTrip[], roadFactor: number): TripTotals {
  const provinces = new Set<number>();
  const cities = new Set<number>();
  const visited = new Set<string>();
  const planned = new Set<string>();
  let km = 0;
  let days = 0;
  let meetings = 0;
  for (const t of trips) {
    days += daysOf(t);
    meetings += t.events;
    km += routeKm(t, roadFactor);
    for (const code of t.stops) {
      const p = provinceOf(code);
      const c = placeCity(code);
      if (p) provinces.add(p.adcode);
      if (c) cities.add(c.adcode);
    }
    for (const v of t.visits) {
      if (v.status === 'done') visited.add(partyKey(v));
      else if (v.status === 'planned') planned.add(partyKey(v));
    }
  }
  for (const key of visited) planned.delete(key);
  return {
    trips: trips.length,
    days,
    km: Math.round(km),
    provinces: provinces.size,
    cities: cities.size,
    companiesVisited: visited.size,
    companiesPlanned: planned.size,
    meetings,
  };
}

function groupBy(
  trips: readonly LoadedTrip[],
  key: (t: LoadedTrip) => [id: number | null, name: string],
  roadFactor: number,
): TotalsGroup[] {
  const groups = new Map<number | null, { name: string; trips: LoadedTrip[] }>();
  for (const t of trips) {
    const [id, name] = key(t);
    const g = groups.get(id);
    if (g) g.trips.push(t);
    else groups.set(id, { name, trips: [t] });
  }
  return [...groups.entries()]
    .map(([id, g]) => {
      const totals = summarise(g.trips, roadFactor);
      return { id, name: g.name, totals, text: formatTripTotals(totals) };
    })
    .sort(
      (a, b) =>
        b.totals.trips - a.totals.trips ||
        b.totals.days - a.totals.days ||
        a.name.localeCompare(b.name, 'zh-CN'),
    );
}

/** Totals of every trip starting in the period (optionally one leader's or team's), cancelled ones left out. */
export function periodTotals(db: Db, input: unknown): PeriodTotals {
  const q = parseOrThrow(periodInput, input);
  const { roadFactor } = getSettings(db);
  const trips = loadTrips(db, q);
  const totals = summarise(trips, roadFactor);
  return {
    totals,
    text: formatTripTotals(totals),
    plannedTrips: trips.filter((t) => t.status === 'planned').length,
    byLeader: groupBy(trips, (t) => [t.leaderId, t.leaderName ?? '未指定带队领导'], roadFactor),
    byTeam: groupBy(trips, (t) => [t.teamId, t.teamName ?? '未指定小分队'], roadFactor),
  };
}

export function tripTotals(db: Db, tripId: number): OneTripTotals {
  const [trip] = loadTrips(db, { tripId, withCancelled: true });
  if (!trip) throw notFound('外出招商行程', tripId);
  const { roadFactor } = getSettings(db);
  const totals = summarise([trip], roadFactor);
  return { totals, text: formatOneTrip(totals), roadFactor };
}
