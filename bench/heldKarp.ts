// The raw baseline for route optimisation: textbook Held–Karp (exact shortest round trip from
// home through every stop), written plainly with no locks, chains or early exits.

/** Length of the shortest tour home → all stops → home; node 0 is home. */
export function heldKarpLength(dist: readonly (readonly number[])[]): number {
  const m = dist.length - 1;
  const size = 1 << m;
  const best = new Float64Array(size * m).fill(Infinity);
  for (let j = 0; j < m; j++) best[(1 << j) * m + j] = dist[0]![j + 1]!;
  for (let mask = 1; mask < size; mask++) {
    for (let j = 0; j < m; j++) {
      const here = best[mask * m + j]!;
      if (here === Infinity || !(mask & (1 << j))) continue;
      for (let k = 0; k < m; k++) {
        if (mask & (1 << k)) continue;
        const next = (mask | (1 << k)) * m + k;
        const cost = here + dist[j + 1]![k + 1]!;
        if (cost < best[next]!) best[next] = cost;
      }
    }
  }
  let length = Infinity;
  for (let j = 0; j < m; j++) length = Math.min(length, best[(size - 1) * m + j]! + dist[j + 1]![0]!);
  return length;
}
