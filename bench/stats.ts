// Pure: the figures a measurement is reduced to, and whether a target is met. No timing here,
// so the unit tests can check the arithmetic on fixed samples.

export interface Summary {
  /** Timed iterations (warm-up runs excluded). */
  n: number;
  p50: number;
  p95: number;
  max: number;
  /**
   * Median CPU time of the process (all its threads) per timed run, beside the wall time: on a
   * loaded machine wall time grows while CPU time does not, so the two show which one was measured.
   */
  cpuP50?: number;
}

export interface Target {
  /** As printed, e.g. "p95 < 20 ms, ≤ 1.5× raw". */
  text: string;
  met: boolean;
}

export interface BenchRow {
  group: string;
  name: string;
  ours: Summary | null;
  /** The hand-written baseline in the same run; null where none exists. */
  raw: Summary | null;
  /** p50 ours / p50 raw. */
  ratio: number | null;
  target: Target | null;
  /** What the row measured beyond the timings (rows, sizes, why a target was missed). */
  note?: string;
  /** A check the run must pass did not (data lost, a time cap passed): the bench exits non-zero. */
  failed?: string;
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** Nearest-rank percentile (p in 0..1) of ascending samples; 0 for none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil(p * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarise(samples: readonly number[], cpuSamples?: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const summary: Summary = {
    n: sorted.length,
    p50: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    max: round(sorted[sorted.length - 1] ?? 0),
  };
  if (cpuSamples && cpuSamples.length > 0) {
    summary.cpuP50 = round(
      percentile(
        [...cpuSamples].sort((a, b) => a - b),
        0.5,
      ),
    );
  }
  return summary;
}

export function ratio(ours: Summary | null, raw: Summary | null): number | null {
  if (!ours || !raw || raw.p50 <= 0) return null;
  return round(ours.p50 / raw.p50);
}

/** Upper bounds a row must stay under; a row without a figure to judge counts as missed. */
export interface Limits {
  p95Ms?: number;
  p50Ms?: number;
  maxRatio?: number;
  /**
   * With maxRatio: also met when ours is at most this many ms above raw. A call through dispatch
   * checks its input, builds its statement from the allow-listed columns and answers objects: a
   * fixed few tenths of a millisecond nobody waits for, which a ratio on a 0.1 ms read magnifies
   * into 3–7×. A worse plan costs far more than this on the L file.
   */
  slackMs?: number;
}

export function judge(
  limits: Limits,
  ours: Summary | null,
  r: number | null,
  raw: Summary | null = null,
): Target {
  const parts: string[] = [];
  let met = ours !== null;
  if (limits.p95Ms !== undefined) {
    parts.push(`p95 < ${limits.p95Ms} ms`);
    met &&= ours!.p95 < limits.p95Ms;
  }
  if (limits.p50Ms !== undefined) {
    parts.push(`< ${limits.p50Ms >= 1000 ? `${limits.p50Ms / 1000} s` : `${limits.p50Ms} ms`}`);
    met &&= ours!.p50 < limits.p50Ms;
  }
  if (limits.maxRatio !== undefined) {
    const slack = limits.slackMs;
    parts.push(
      slack === undefined ? `≤ ${limits.maxRatio}× raw` : `≤ ${limits.maxRatio}× raw or +${slack} ms`,
    );
    const close = slack !== undefined && ours !== null && raw !== null && ours.p50 - raw.p50 <= slack;
    met &&= r !== null && (r <= limits.maxRatio || close);
  }
  return { text: parts.join(', '), met };
}

export function row(
  group: string,
  name: string,
  ours: Summary | null,
  raw: Summary | null,
  limits?: Limits,
  note?: string,
): BenchRow {
  const r = ratio(ours, raw);
  return { group, name, ours, raw, ratio: r, target: limits ? judge(limits, ours, r, raw) : null, note };
}
