// Pure: a route's order and its stops' dates tell the same story. The dossier prints the route
// table in travel order and the itinerary by day; they agree only if no dated stop comes after a
// stop dated later.

interface Dated {
  id: number;
  placeName: string;
  arriveOn: string | null;
  departOn: string | null;
}

/** The day a stop starts: its arrival, else its departure; null for a stop with no date yet. */
export function stopDay(stop: Dated): string | null {
  return stop.arriveOn ?? stop.departOn;
}

/** Why this travel order contradicts the dates (the first clash), or null when it does not. */
export function dateOrderProblem(ordered: readonly Dated[]): string | null {
  let latest: Dated | null = null;
  for (const stop of ordered) {
    const day = stopDay(stop);
    if (!day) continue;
    if (latest && day < stopDay(latest)!) {
      return `“${stop.placeName}”（${day}）排在“${latest.placeName}”（${stopDay(latest)}）之后，与日期不符：有日期的停靠点须按日期先后排列`;
    }
    latest = stop;
  }
  return null;
}

/**
 * The same stops with the dated ones sorted by day inside the places dated stops hold; undated
 * stops keep their places. An order that already agrees with its dates comes back unchanged.
 */
export function dateOrdered<T extends Dated>(ordered: readonly T[]): T[] {
  const dated = ordered.filter((s) => stopDay(s));
  const sorted = [...dated].sort((a, b) =>
    stopDay(a)! < stopDay(b)! ? -1 : stopDay(a)! > stopDay(b)! ? 1 : 0,
  );
  let next = 0;
  return ordered.map((s) => (stopDay(s) ? sorted[next++]! : s));
}
