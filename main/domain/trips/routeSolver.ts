// Pure: orders a trip's stops to shorten the route. No database, no regions: a distance matrix in,
// an order out, so it can be checked against brute force on any random instance.
import { exactSequence, Gaps, iteratedSearch, nearestNeighbour, SEARCH_BUDGET_MS } from './routeHeuristics';
import type { Layout, RouteProblem } from './routeProblem';

export type { RouteProblem };

export interface RouteSolution {
  /** The stops' nodes in the proposed order. */
  order: number[];
  cost: number;
  /** True when the order is proven shortest (exact search); false for the heuristic. */
  exact: boolean;
}

/** Above this many movable stops the exact search (2^n · n²) gives way to local search. */
export const EXACT_LIMIT = 12;

export function routeCost(p: RouteProblem, order: readonly number[]): number {
  const d = p.dist;
  let cost = 0;
  let prev = p.home;
  for (const node of order) {
    if (prev !== null) cost += d[prev]![node]!;
    prev = node;
  }
  if (p.returnHome && p.home !== null && prev !== null) cost += d[prev]![p.home]!;
  return cost;
}

function layout(p: RouteProblem): Layout {
  const locked = new Set(p.locked);
  if (p.home === null && p.stops.length > 0) locked.add(0);
  const slots: number[] = [];
  const chains: number[][] = [[]];
  p.stops.forEach((node, pos) => {
    if (locked.has(pos)) chains[chains.length - 1]!.push(node);
    else {
      slots.push(pos);
      chains.push([]);
    }
  });
  return { slots, free: slots.map((pos) => p.stops[pos]!), chains };
}

/** Puts a sequence of free nodes into the free slots, locked stops staying where they are. */
function assemble(p: RouteProblem, l: Layout, seq: readonly number[]): number[] {
  const order = [...p.stops];
  l.slots.forEach((pos, k) => (order[pos] = seq[k]!));
  return order;
}

/**
 * The shortest order found for the stops: exact for up to EXACT_LIMIT movable stops, iterated
 * local search from both the current order and a nearest-neighbour tour above that. Never longer than the
 * current order, and the current order itself when nothing shorter exists (no needless reshuffle).
 * `exactLimit` lowers the switch-over, e.g. to measure the heuristic against brute force.
 */
export function optimiseRoute(p: RouteProblem, exactLimit = EXACT_LIMIT): RouteSolution {
  const current = [...p.stops];
  const currentCost = routeCost(p, current);
  const l = layout(p);
  const exact = l.free.length <= exactLimit;
  let order: number[];
  if (l.free.length < 2) order = current;
  else {
    const g = new Gaps(p, l);
    if (exact) order = assemble(p, l, exactSequence(g, l.free));
    else {
      const deadline = Date.now() + SEARCH_BUDGET_MS;
      order = assemble(p, l, iteratedSearch(g, [nearestNeighbour(p, l), l.free], deadline).seq);
    }
  }
  const cost = routeCost(p, order);
  if (cost >= currentCost - 1e-9) return { order: current, cost: currentCost, exact };
  return { order, cost, exact };
}
