// Pure: the searches behind optimiseRoute. Exact (Held–Karp) for few movable stops above that
// nearest neighbour plus 2-opt/or-opt, then iterated local search for the rest of the budget.
import type { Layout, RouteProblem } from './routeProblem';

const NONE = -1;

/**
 * Costs a sequence gap by gap without building the route: gap k joins the node before slot k
 * (home, or nothing) through chain k to the node in slot k (or the way home after the last).
 * Allocation-free, as the searches below call it hundreds of thousands of times.
 */
export class Gaps {
  readonly m: number;
  /** Row-major copy of the distances: typed-array reads keep the hot loops fast from the first run. */
  readonly d: Float64Array;
  readonly n: number;
  private readonly head: number[];
  private readonly tail: number[];
  private readonly inner: number[];
  readonly start: number;
  readonly end: number;
  /** No stop is held between the movable ones: a move's cost then depends on its ends only. */
  readonly chainFree: boolean;

  constructor(p: RouteProblem, l: Layout) {
    this.n = p.dist.length;
    this.d = Float64Array.from(p.dist.flat());
    this.m = l.slots.length;
    this.head = l.chains.map((c) => c[0] ?? NONE);
    this.tail = l.chains.map((c) => c[c.length - 1] ?? NONE);
    this.inner = l.chains.map((c) => c.slice(1).reduce((sum, node, i) => sum + p.dist[c[i]!]![node]!, 0));
    this.start = p.home ?? NONE;
    this.end = p.returnHome && p.home !== null ? p.home : NONE;
    this.chainFree = this.head.every((h) => h === NONE);
  }

  link(k: number, a: number, b: number): number {
    const d = this.d;
    const n = this.n;
    const head = this.head[k]!;
    if (head === NONE) return a === NONE || b === NONE ? 0 : d[a * n + b]!;
    return (
      (a === NONE ? 0 : d[a * n + head]!) + this.inner[k]! + (b === NONE ? 0 : d[this.tail[k]! * n + b]!)
    );
  }

  /** Sum of gaps lo..hi for `seq`. */
  range(seq: readonly number[], lo: number, hi: number): number {
    let sum = 0;
    for (let k = lo; k <= hi; k++) {
      sum += this.link(k, k === 0 ? this.start : seq[k - 1]!, k === this.m ? this.end : seq[k]!);
    }
    return sum;
  }

  total(seq: readonly number[]): number {
    return this.range(seq, 0, this.m);
  }
}

/** Held–Karp over the movable stops; exact, 2^m · m² steps. */
export function exactSequence(g: Gaps, free: readonly number[]): number[] {
  const m = free.length;
  const size = 1 << m;
  const best = new Float64Array(size * m).fill(Infinity);
  const from = new Int8Array(size * m).fill(-1);
  for (let j = 0; j < m; j++) best[(1 << j) * m + j] = g.link(0, g.start, free[j]!);
  for (let mask = 1; mask < size; mask++) {
    const placed = popcount(mask);
    if (placed === m) continue;
    for (let j = 0; j < m; j++) {
      const here = best[mask * m + j]!;
      if (!(mask & (1 << j)) || here === Infinity) continue;
      for (let k = 0; k < m; k++) {
        if (mask & (1 << k)) continue;
        const next = (mask | (1 << k)) * m + k;
        const cost = here + g.link(placed, free[j]!, free[k]!);
        if (cost < best[next]!) {
          best[next] = cost;
          from[next] = j;
        }
      }
    }
  }
  const full = size - 1;
  let last = 0;
  let bestCost = Infinity;
  for (let j = 0; j < m; j++) {
    const cost = best[full * m + j]! + g.link(m, free[j]!, g.end);
    if (cost < bestCost) [bestCost, last] = [cost, j];
  }
  const seq: number[] = [];
  for (let mask = full, j = last; j >= 0;) {
    seq.unshift(free[j]!);
    const prev = from[mask * m + j]!;
    mask &= ~(1 << j);
    j = prev;
  }
  return seq;
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x; v; v &= v - 1) n++;
  return n;
}

/** Nearest neighbour through the slots: from wherever the route stands, the closest stop left. */
export function nearestNeighbour(p: RouteProblem, l: Layout): number[] {
  const left = new Set(l.free);
  const seq: number[] = [];
  let here = p.home;
  for (let k = 0; k < l.slots.length; k++) {
    const chain = l.chains[k]!;
    if (chain.length) here = chain[chain.length - 1]!;
    let pick = -1;
    let pickCost = Infinity;
    for (const node of left) {
      const cost = here === null ? 0 : p.dist[here]![node]!;
      if (cost < pickCost) [pick, pickCost] = [node, cost];
    }
    left.delete(pick);
    seq.push(pick);
    here = pick;
  }
  return seq;
}

/** The heuristic's time: local search converges in a few ms, the kicks below use the rest. */
export const SEARCH_BUDGET_MS = 35;

/** Kicks without a better route after which the search stops before its budget. */
const STALE_KICKS = 400;

/**
 * 2-opt (reverse a run of movable stops) and or-opt (move a run of up to three elsewhere, either
 * way round) until neither shortens the route. Each move is costed on the gaps it changes only,
 * written into a scratch sequence so the hot loop allocates nothing.
 */
export function improve(
  g: Gaps,
  start: readonly number[],
  deadline: number,
): { seq: number[]; cost: number } {
  const seq = [...start];
  const m = seq.length;
  const eps = 1e-9;
  const alt = [...seq];
  /** Cost of gaps lo..hi with the scratch sequence. */
  const altRange = (lo: number, hi: number): number => g.range(alt, lo, hi);
  const adopt = (lo: number, hi: number) => {
    for (let k = lo; k < hi; k++) seq[k] = alt[k]!;
  };
  for (let improved = true; improved;) {
    improved = false;
    for (let a = 0; a < m - 1 && Date.now() < deadline; a++) {
      for (let b = a + 1; b < m; b++) {
        for (let k = a; k <= b; k++) alt[k] = seq[a + b - k]!;
        if (g.range(seq, a, b + 1) - altRange(a, b + 1) > eps) {
          adopt(a, b + 1);
          improved = true;
        } else for (let k = a; k <= b; k++) alt[k] = seq[k]!;
      }
    }
    for (let len = 1; len <= 3 && len < m; len++) {
      for (let a = 0; a + len <= m && Date.now() < deadline; a++) {
        for (let to = 0; to + len <= m; to++) {
          if (to === a) continue;
          const lo = Math.min(a, to);
          const hi = Math.max(a, to) + len;
          for (let flip = 0; flip < (len > 1 ? 2 : 1); flip++) {
            // The run (maybe reversed) inserted at `to` into the stops without it.
            for (let k = lo; k < hi; k++) {
              const rest = k < to ? k : k - len;
              alt[k] =
                k >= to && k < to + len
                  ? seq[a + (flip ? to + len - 1 - k : k - to)]!
                  : seq[rest < a ? rest : rest + len]!;
            }
            if (g.range(seq, lo, hi) - altRange(lo, hi) > eps) {
              adopt(lo, hi);
              improved = true;
              break;
            }
            for (let k = lo; k < hi; k++) alt[k] = seq[k]!;
          }
        }
      }
    }
    if (Date.now() >= deadline) break;
  }
  return { seq, cost: g.total(seq) };
}

/** Small deterministic generator: the same trip gets the same proposal every time. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Double bridge: cuts the sequence in four runs A B C D and joins them A C B D. 2-opt and or-opt
 * cannot undo it in one move, so the next descent starts in another valley.
 */
function doubleBridge(seq: readonly number[], rand: () => number): number[] {
  const m = seq.length;
  const cuts = [1, 2, 3].map(() => 1 + Math.floor(rand() * (m - 1))).sort((a, b) => a - b);
  const [i, j, k] = cuts as [number, number, number];
  return [...seq.slice(0, i), ...seq.slice(j, k), ...seq.slice(i, j), ...seq.slice(k)];
}

/**
 * 2-opt and or-opt for a route with no held stops, each move costed in O(1) from the four or six
 * legs it changes: a descent takes tens of microseconds instead of milliseconds, so the kicks
 * below get hundreds of descents out of the budget.
 */
export function improveFree(g: Gaps, start: readonly number[]): { seq: number[]; cost: number } {
  const { d, n } = g;
  const m = start.length;
  const p = [g.start, ...start, g.end];
  const leg = (a: number, b: number): number => (a === NONE || b === NONE ? 0 : d[a * n + b]!);
  const eps = 1e-9;
  for (let improved = true; improved;) {
    improved = false;
    for (let i = 1; i < m; i++) {
      for (let j = i + 1; j <= m; j++) {
        const delta =
          leg(p[i - 1]!, p[j]!) + leg(p[i]!, p[j + 1]!) - leg(p[i - 1]!, p[i]!) - leg(p[j]!, p[j + 1]!);
        if (delta < -eps) {
          for (let a = i, b = j; a < b; a++, b--) [p[a], p[b]] = [p[b]!, p[a]!];
          improved = true;
        }
      }
    }
    for (let len = 1; len <= 3 && len < m; len++) {
      for (let i = 1; i + len - 1 <= m; i++) {
        const first = p[i]!;
        const last = p[i + len - 1]!;
        const removed = leg(p[i - 1]!, p[i + len]!) - leg(p[i - 1]!, first) - leg(last, p[i + len]!);
        for (let k = 0; k <= m; k++) {
          if (k >= i - 1 && k <= i + len - 1) continue;
          const [x, y] = [p[k]!, p[k + 1]!];
          const join = leg(x, y);
          const ahead = leg(x, first) + leg(last, y) - join;
          const turned = leg(x, last) + leg(first, y) - join;
          if (removed + Math.min(ahead, turned) >= -eps) continue;
          const seg = p.splice(i, len);
          if (turned < ahead) seg.reverse();
          p.splice(k < i ? k + 1 : k + 1 - len, 0, ...seg);
          improved = true;
          break;
        }
      }
    }
  }
  const seq = p.slice(1, m + 1);
  return { seq, cost: g.total(seq) };
}

/**
 * Iterated local search: a local optimum is kicked (double bridge) and descended again, the
 * better of the two kept, until the deadline or STALE_KICKS kicks in a row find nothing shorter.
 * A descent alone stops at the first local optimum, up to 4 % above the shortest route on 25
 * stops; the kicks bring that under 2 %. Seeded, so the proposal does not change between clicks.
 */
export function iteratedSearch(
  g: Gaps,
  starts: readonly (readonly number[])[],
  deadline: number,
): { seq: number[]; cost: number } {
  const descend = (seq: readonly number[]) => (g.chainFree ? improveFree(g, seq) : improve(g, seq, deadline));
  let best = starts.map(descend).reduce((x, y) => (y.cost < x.cost ? y : x));
  if (best.seq.length < 8) return best;
  const rand = seeded(best.seq.length);
  let stale = 0;
  while (stale < STALE_KICKS && Date.now() < deadline) {
    const next = descend(doubleBridge(best.seq, rand));
    if (next.cost < best.cost - 1e-9) [best, stale] = [next, 0];
    else stale++;
  }
  return best;
}
