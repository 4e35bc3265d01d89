// Reference for the optimiser's test and bench: the exact shortest closed tour for instances too
// big for Held–Karp (25 stops and home: 2^25 · 25 states). Branch and bound, made fast enough by Held–Karp's own lower bound:
// node penalties π found by subgradient ascent on 1-trees turn the distances into
// d'(i,j) = d(i,j) + π_i + π_j, which changes every tour by the same 2·Σπ but makes a minimum
// spanning tree a bound within about 1 % of the optimum, so few branches survive.

type Matrix = readonly (readonly number[])[];

/** Minimum spanning tree weight over `nodes` (Prim, O(k²)). */
function mst(d: Matrix, nodes: readonly number[]): number {
  const k = nodes.length;
  if (k < 2) return 0;
  const best = new Float64Array(k).fill(Infinity);
  const inTree = new Uint8Array(k);
  best[0] = 0;
  let total = 0;
  for (let step = 0; step < k; step++) {
    let u = -1;
    for (let i = 0; i < k; i++) if (!inTree[i] && (u < 0 || best[i]! < best[u]!)) u = i;
    inTree[u] = 1;
    total += best[u]!;
    const row = d[nodes[u]!]!;
    for (let i = 0; i < k; i++) {
      const w = row[nodes[i]!]!;
      if (!inTree[i] && w < best[i]!) best[i] = w;
    }
  }
  return total;
}

/** 1-tree under penalties: its weight and each node's degree in it. */
function oneTree(d: Matrix, pi: readonly number[]): { weight: number; degree: number[] } {
  const n = d.length;
  const w = (i: number, j: number) => d[i]![j]! + pi[i]! + pi[j]!;
  const degree = new Array<number>(n).fill(0);
  const best = new Float64Array(n).fill(Infinity);
  const parent = new Int32Array(n).fill(-1);
  const inTree = new Uint8Array(n);
  inTree[0] = 1;
  best[1] = 0;
  let weight = 0;
  for (let step = 1; step < n; step++) {
    let u = -1;
    for (let i = 1; i < n; i++) if (!inTree[i] && (u < 0 || best[i]! < best[u]!)) u = i;
    inTree[u] = 1;
    weight += best[u]!;
    if (parent[u]! >= 0) {
      degree[u]!++;
      degree[parent[u]!]!++;
    }
    for (let i = 1; i < n; i++) {
      if (!inTree[i] && w(u, i) < best[i]!) [best[i], parent[i]] = [w(u, i), u];
    }
  }
  // Node 0 joins by its two cheapest edges.
  const edges = Array.from({ length: n - 1 }, (_, i) => i + 1).sort((a, b) => w(0, a) - w(0, b));
  for (const j of edges.slice(0, 2)) {
    weight += w(0, j);
    degree[j]!++;
    degree[0]!++;
  }
  return { weight: weight - 2 * pi.reduce((a, b) => a + b, 0), degree };
}

/** Penalties that (nearly) maximise the 1-tree bound; `upper` is any tour's length. */
function penalties(d: Matrix, upper: number): number[] {
  const n = d.length;
  let pi = new Array<number>(n).fill(0);
  let bestPi = pi;
  let bestBound = -Infinity;
  let step = 2;
  let sinceBetter = 0;
  for (let iter = 0; iter < 3000 && step > 1e-6; iter++) {
    const { weight, degree } = oneTree(d, pi);
    if (weight > bestBound + 1e-9) [bestBound, bestPi, sinceBetter] = [weight, pi, 0];
    else if (++sinceBetter >= 30) [step, sinceBetter] = [step / 2, 0];
    const g = degree.map((x) => x - 2);
    const norm = g.reduce((a, x) => a + x * x, 0);
    if (norm === 0) return pi; // the 1-tree is a tour: the bound is the optimum
    const t = (step * (upper - weight)) / norm;
    pi = pi.map((p, i) => p + t * g[i]!);
  }
  return bestPi;
}

/**
 * Length of the shortest closed tour through every node of `dist` (node 0 is home), proven by
 * exhaustive branch and bound. `upper` is the length of a known tour, e.g. the heuristic's: the
 * search then only has to show nothing shorter exists, or find what is.
 */
export function exactTourLength(dist: Matrix, upper: number): number {
  const n = dist.length;
  const pi = penalties(dist, upper);
  const sumPi = pi.reduce((a, b) => a + b, 0);
  const d = dist.map((row, i) => row.map((x, j) => x + pi[i]! + pi[j]!));
  // In penalised distances every tour costs its length plus 2·Σπ.
  let best = upper + 2 * sumPi;
  const visited = new Uint8Array(n);
  visited[0] = 1;
  const near = d.map((row, i) =>
    Array.from({ length: n }, (_, j) => j)
      .filter((j) => j !== i && j !== 0)
      .sort((a, b) => row[a]! - row[b]!),
  );
  const dfs = (last: number, placed: number, cost: number): void => {
    if (placed === n) {
      best = Math.min(best, cost + d[last]![0]!);
      return;
    }
    // What is left is a path from `last` through the unvisited nodes home: an edge out of `last`,
    // a spanning tree of the unvisited, an edge into home.
    const rest: number[] = [];
    let out = Infinity;
    let back = Infinity;
    for (let j = 1; j < n; j++) {
      if (visited[j]) continue;
      rest.push(j);
      out = Math.min(out, d[last]![j]!);
      back = Math.min(back, d[j]![0]!);
    }
    if (cost + out + back + mst(d, rest) >= best - 1e-9) return;
    for (const j of near[last]!) {
      if (visited[j]) continue;
      visited[j] = 1;
      dfs(j, placed + 1, cost + d[last]![j]!);
      visited[j] = 0;
    }
  };
  dfs(0, 1, 0);
  return best - 2 * sumPi;
}
