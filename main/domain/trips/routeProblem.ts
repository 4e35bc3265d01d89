// Pure: the shape of a route to shorten, shared by the solver and its searches.

export interface RouteProblem {
  /** Symmetric distances between nodes; the stops and, if given, home are nodes. */
  dist: readonly (readonly number[])[];
  /** The stops' nodes in their current order. */
  stops: readonly number[];
  /** Node the trip leaves from, or null when the first stop is the start (then it stays first). */
  home: number | null;
  /** Add the leg from the last stop back home. */
  returnHome: boolean;
  /** Positions in `stops` whose stop may not move: pinned to a date, or a fixed end. */
  locked: ReadonlySet<number>;
}

/**
 * The movable slots, and the locked stops in each gap around them. A route is then a sequence of
 * the movable stops, one per slot; the locked chains are fixed detours between consecutive slots.
 */
export interface Layout {
  slots: number[];
  free: number[];
  /** chains[k]: locked nodes between slot k-1 and slot k; chains[slots.length]: after the last. */
  chains: number[][];
}
