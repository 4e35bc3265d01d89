import { describe, expect, it } from 'vitest';
import { heldKarpLength } from '../../../bench/heldKarp';
import { routeInstance } from '../../../bench/optimise.bench';
import { optimiseRoute, routeCost } from '../../../main/domain/trips/routeSolver';
import { exactTourLength } from '../../../bench/exactTour';

/** The optimiser's gap above the proven shortest route, for a closed trip from home. */
function gap(stops: number, seed: number): number {
  const p = routeInstance(stops, seed);
  const got = optimiseRoute(p);
  expect(got.cost, `seed ${seed}`).toBeCloseTo(routeCost(p, got.order), 6);
  return got.cost / exactTourLength(p.dist, got.cost) - 1;
}

describe('route optimiser against the proven optimum', () => {
  it('the branch-and-bound reference agrees with Held–Karp up to 12 stops', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const p = routeInstance(8 + (seed % 5), 300 + seed);
      // A poor starting bound (the plan as typed) makes the reference do all the work itself.
      const exact = exactTourLength(p.dist, routeCost(p, p.stops));
      expect(exact, `seed ${seed}`).toBeCloseTo(heldKarpLength(p.dist), 6);
    }
  });

  it('proposes a 25-stop route within 2 % of the shortest on each of 30 seeded instances', () => {
    optimiseRoute(routeInstance(25, 1)); // compile the hot loops first: the planner runs them warm too
    const gaps = Array.from({ length: 30 }, (_, i) => gap(25, 2000 + i));
    gaps.forEach((g, i) => expect(g, `seed ${2000 + i}`).toBeLessThan(0.02));
  });
});
