import { describe, expect, it } from 'vitest';
import { setSetting } from '../../../main/domain/settings';
import { greatCircleKm, type LngLat } from '@contract/shared/regions';
import { addStop, createTrip, getTrip, reorderStops } from '../../../main/domain/trips';
import {
  EXACT_LIMIT,
  optimiseRoute,
  routeCost,
  type RouteProblem,
} from '../../../main/domain/trips/routeSolver';
import { optimiseTrip } from '../../../main/domain/trips/shorterStopOrder';
import { actor, world } from './fixtures-trips';
import { domainError } from '../testDb';

/** Deterministic instances: a failure names its seed and can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random cities in China's box; maybe a home, a return leg and a few pinned stops. */
function instance(seed: number, n: number): RouteProblem {
  const r = rng(seed);
  const points: LngLat[] = Array.from({ length: n + 1 }, () => [98 + r() * 24, 22 + r() * 18] as const);
  const dist = points.map((a) => points.map((b) => greatCircleKm(a, b)));
  const withHome = r() < 0.75;
  const locked = new Set<number>();
  for (let i = 0; i < n; i++) if (r() < 0.15) locked.add(i);
  return {
    dist,
    stops: Array.from({ length: n }, (_, i) => i),
    home: withHome ? n : null,
    returnHome: withHome && r() < 0.7,
    locked,
  };
}

/** Independent reference: every permutation of the movable stops into the movable positions. */
function bruteForce(p: RouteProblem): number {
  const fixed = new Set(p.locked);
  if (p.home === null) fixed.add(0);
  const slots = p.stops.map((_, i) => i).filter((i) => !fixed.has(i));
  const free = slots.map((i) => p.stops[i]!);
  let best = Infinity;
  const permute = (rest: number[], chosen: number[]) => {
    if (!rest.length) {
      const order = [...p.stops];
      slots.forEach((pos, k) => (order[pos] = chosen[k]!));
      best = Math.min(best, routeCost(p, order));
      return;
    }
    rest.forEach((x, i) => permute([...rest.slice(0, i), ...rest.slice(i + 1)], [...chosen, x]));
  };
  permute(free, []);
  return best;
}

const lockedKept = (p: RouteProblem, order: number[]): boolean =>
  [...p.locked].every((pos) => order[pos] === p.stops[pos]) && (p.home !== null || order[0] === p.stops[0]);

describe('route optimiser', () => {
  it('finds the brute-force optimum exactly on 150 random instances up to 8 stops', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const p = instance(seed, 2 + (seed % 7));
      const got = optimiseRoute(p);
      expect(got.exact, `seed ${seed}`).toBe(true);
      expect(got.cost, `seed ${seed}`).toBeCloseTo(bruteForce(p), 6);
      expect(got.cost, `seed ${seed}`).toBeCloseTo(routeCost(p, got.order), 9);
      expect(
        [...got.order].sort((a, b) => a - b),
        `seed ${seed}`,
      ).toEqual([...p.stops]);
      expect(lockedKept(p, got.order), `seed ${seed}`).toBe(true);
    }
  });

  it('stays within a few percent of brute force with the heuristic, never worse than the plan', () => {
    const gaps: number[] = [];
    for (let seed = 1; seed <= 60; seed++) {
      const p = instance(5000 + seed, 3 + (seed % 7));
      const got = optimiseRoute(p, 0);
      expect(got.exact, `seed ${seed}`).toBe(false);
      expect(lockedKept(p, got.order), `seed ${seed}`).toBe(true);
      expect(got.cost, `seed ${seed}`).toBeLessThanOrEqual(routeCost(p, p.stops) + 1e-9);
      gaps.push(got.cost / bruteForce(p) - 1);
    }
    const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    expect(mean).toBeLessThan(0.01);
    expect(Math.max(...gaps)).toBeLessThan(0.05);
  });

  // Its speed (p95 < 50 ms) is measured by `npm run bench` (optimise group), not here.
  it('orders 25 stops by local search, keeping pinned stops in place', () => {
    const p = { ...instance(77, 25), locked: new Set([0, 10, 24]) };
    const got = optimiseRoute(p);
    expect(got.exact).toBe(false);
    expect(lockedKept(p, got.order)).toBe(true);
    expect(got.cost).toBeLessThan(routeCost(p, p.stops) * 0.7);
  });

  it('keeps the current order when nothing is shorter', () => {
    const points: LngLat[] = [
      [116.4, 39.9],
      [117.2, 39.1],
      [118.8, 32.1],
      [121.5, 31.2],
    ];
    const dist = points.map((a) => points.map((b) => greatCircleKm(a, b)));
    const p: RouteProblem = { dist, stops: [0, 1, 2, 3], home: null, returnHome: false, locked: new Set() };
    expect(optimiseRoute(p).order).toEqual([0, 1, 2, 3]);
  });

  it('has an exact limit of 12 movable stops', () => {
    expect(EXACT_LIMIT).toBe(12);
    const p = instance(9, 12);
    const got = optimiseRoute({ ...p, home: 12, locked: new Set() });
    expect(got.exact).toBe(true);
  });
});

describe('optimising a trip', () => {
  it('proposes a shorter order with km before and after, writes nothing until applied', () => {
    const w = world();
    const trip = createTrip(w.db, actor, {
      title: '长三角招商',
      leaderId: w.leaderId,
      startsOn: '2024-05-19',
      endsOn: '2024-05-26',
      homeAdcode: 420625, // 谷城县
      returnHome: true,
    });
    // A zig-zag: 上海, 襄阳-side 武汉, 杭州 — 武汉 is on the way, not between the two coast cities.
    const add = (placeName: string, adcode: number) =>
      addStop(w.db, actor, { tripId: trip.id, adcode, placeName });
    const shanghai = add('上海', 310000);
    const wuhan = add('武汉', 420100);
    const hangzhou = add('杭州', 330100);

    const result = optimiseTrip(w.db, { tripId: trip.id });
    expect(result.changed).toBe(true);
    expect(result.exact).toBe(true);
    expect(result.kmAfter).toBeLessThan(result.kmBefore);
    expect(result.proposed[0]).toBe(wuhan.id);
    expect(getTrip(w.db, trip.id).stops.map((s) => s.id)).toEqual([shanghai.id, wuhan.id, hangzhou.id]);

    reorderStops(w.db, actor, { tripId: trip.id, stopIds: result.proposed });
    const again = optimiseTrip(w.db, { tripId: trip.id });
    expect(again.changed).toBe(false);
    expect(again.kmBefore).toBe(result.kmAfter);

    setSetting(w.db, actor, { key: 'roadFactor', value: 1.3 });
    // Unset, the factor is 1.25: the same straight-line route reads 1.3/1.25 as long (± rounding).
    const straight = result.kmAfter / 1.25;
    expect(Math.abs(optimiseTrip(w.db, { tripId: trip.id }).kmBefore - straight * 1.3)).toBeLessThanOrEqual(
      1,
    );
  });

  it('keeps a pinned stop in its place and an end kept last', () => {
    const w = world();
    const trip = createTrip(w.db, actor, {
      title: '珠三角',
      startsOn: '2024-06-01',
      endsOn: '2024-06-08',
      homeAdcode: 420625,
    });
    const add = (placeName: string, adcode: number, pinned = false) =>
      addStop(w.db, actor, { tripId: trip.id, adcode, placeName, pinned });
    const shenzhen = add('深圳', 440300, true);
    const changsha = add('长沙', 430100);
    const guangzhou = add('广州', 440100);
    const result = optimiseTrip(w.db, { tripId: trip.id });
    expect(result.proposed[0]).toBe(shenzhen.id);
    const kept = optimiseTrip(w.db, { tripId: trip.id, keepLastStop: true });
    expect(kept.proposed[2]).toBe(guangzhou.id);
    expect(kept.proposed).toContain(changsha.id);
  });

  it('refuses an unknown trip in Chinese', () => {
    const w = world();
    expect(domainError(() => optimiseTrip(w.db, { tripId: 999 })).message).toContain('不存在');
  });
});
