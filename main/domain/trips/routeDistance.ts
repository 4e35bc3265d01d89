// Pure: the planner page draws the same legs and kilometres the totals count.
import { cityOf, greatCircleKm, regionByAdcode, type LngLat, type Region } from '@contract/shared/regions';

/** The code itself, then its city's and province's codes: for codes the dataset lacks. */
const fallbacks = (adcode: number): number[] => [
  adcode,
  Math.floor(adcode / 100) * 100,
  Math.floor(adcode / 10_000) * 10_000,
];

/**
 * Where a division code sits on the map. A code the dataset lacks (a county of 阿勒泰地区, a
 * code changed since) falls back to its city, then its province, so one odd stop does not
 * drop a whole leg from the kilometres.
 */
export function placeCentre(adcode: number): LngLat | null {
  for (const code of fallbacks(adcode)) {
    const r = regionByAdcode(code);
    if (r) return r.center;
  }
  return null;
}

/**
 * The 地 a stop counts as in '跨8省23地': its prefecture-level city. A municipality (上海市) or a
 * whole province picked as a stop counts as itself.
 */
export function placeCity(adcode: number): Region | undefined {
  for (const code of fallbacks(adcode)) {
    const r = cityOf(code) ?? regionByAdcode(code);
    if (r) return r;
  }
  return undefined;
}

export interface RouteShape {
  homeAdcode: number | null;
  returnHome: boolean;
  /** Stop division codes in travel order. */
  stops: readonly number[];
}

/** The points travelled through: home (if known), the stops, and home again on a return trip. */
export function routePoints(route: RouteShape): LngLat[] {
  const home = route.homeAdcode == null ? null : placeCentre(route.homeAdcode);
  const points = route.stops.map(placeCentre).filter((p): p is LngLat => p !== null);
  if (!home) return points;
  return points.length && route.returnHome ? [home, ...points, home] : [home, ...points];
}

/** Straight-line kilometres between consecutive points, before any road factor. */
export function pathKm(points: readonly LngLat[]): number {
  let km = 0;
  for (let i = 1; i < points.length; i++) km += greatCircleKm(points[i - 1] as LngLat, points[i] as LngLat);
  return km;
}

/**
 * Estimated kilometres of a trip: great-circle legs from home through every stop (and back on
 * a return trip), times the road factor people set to match what they actually drive or fly.
 */
export function routeKm(route: RouteShape, roadFactor = 1): number {
  return pathKm(routePoints(route)) * roadFactor;
}
