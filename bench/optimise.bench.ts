// Trip route optimisation (main/domain/trips/routeSolver) on seeded random towns around home:
// 12 stops is solved exactly, 25 by iterated local search within its time budget.
import { optimiseRoute, type RouteProblem } from '../main/domain/trips/routeSolver';
import { exactTourLength } from './exactTour';
import { heldKarpLength } from './heldKarp';
import { time, type Plan } from './measure';
import { row, type BenchRow } from './stats';

const OPTIMISE = { p95Ms: 50 };

/** Small deterministic generator, so every run optimises the same instances. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Home plus `stops` points within ~300 km, straight-line distances in km. */
export function routeInstance(stops: number, seed: number): RouteProblem {
  const rand = seeded(seed);
  const pts = Array.from({ length: stops + 1 }, () => [rand() * 300, rand() * 300] as const);
  const dist = pts.map(([x1, y1]) => pts.map(([x2, y2]) => Math.hypot(x1 - x2, y1 - y2)));
  return {
    dist,
    stops: Array.from({ length: stops }, (_, i) => i + 1),
    home: 0,
    returnHome: true,
    locked: new Set(),
  };
}

/** The largest excess of the proposed route over the shortest, as a percentage. */
function worstGap(instances: readonly RouteProblem[]): string {
  const gaps = instances.map((p) => {
    const ours = optimiseRoute(p).cost;
    return ours / exactTourLength(p.dist, ours) - 1;
  });
  return `${(Math.max(...gaps) * 100).toFixed(2)} % over ${instances.length} instances`;
}

export function benchOptimise(plan: Plan): BenchRow[] {
  const out: BenchRow[] = [];
  for (const n of [12, 25]) {
    const instances = Array.from({ length: plan.warmup + plan.iterations }, (_, i) =>
      routeInstance(n, 1000 + i),
    );
    const ours = time(plan, (i) => optimiseRoute(instances[i % instances.length]!));
    // Exact search is the raw limit only where it is feasible: 2^25 · 25² steps is not.
    const raw = n <= 12 ? time(plan, (i) => heldKarpLength(instances[i % instances.length]!.dist)) : null;
    let worse = 0;
    if (raw) {
      for (const p of instances) {
        if (optimiseRoute(p).cost > heldKarpLength(p.dist) + 1e-6) worse++;
      }
    }
    const note = raw
      ? `raw: plain Held–Karp; ours longer than exact on ${worse}/${instances.length} instances`
      : `no exact baseline to time at 25 stops; worst gap above the proven optimum (branch and bound) ${worstGap(instances)}`;
    out.push(row('optimise', `route of ${n} stops`, ours, raw, OPTIMISE, note));
  }
  return out;
}
