/**
 * Hybrid logical clock, as text that sorts in time order: wall-clock milliseconds (15 digits)
 * and a counter (6 digits). A new stamp is later than the wall clock's last reading, than this
 * connection's last stamp and than every stamp the ledger already holds (its own or received),
 * so a change made after seeing another device's change always sorts after it, even when the
 * two laptops' clocks disagree.
 */
export type Hlc = string;

const MS_DIGITS = 15;
const COUNTER_DIGITS = 6;
/** Counts one millisecond's counter holds. */
export const COUNTER_SPAN = 10 ** COUNTER_DIGITS;

export const formatHlc = (ms: number, counter: number): Hlc =>
  `${String(ms).padStart(MS_DIGITS, '0')}-${String(counter).padStart(COUNTER_DIGITS, '0')}`;

export function parseHlc(hlc: Hlc): { ms: number; counter: number } {
  const m = /^(\d{15})-(\d{6})$/.exec(hlc);
  if (!m) throw new Error(`Not a clock stamp: ${hlc}`);
  return { ms: Number(m[1]), counter: Number(m[2]) };
}

export const isHlc = (s: string): boolean => /^\d{15}-\d{6}$/.test(s);

/** The next stamp after `latest` (null when nothing is known yet) at wall time `nowMs`. */
export function nextHlc(latest: Hlc | null, nowMs: number): Hlc {
  if (latest === null) return formatHlc(nowMs, 0);
  const last = parseHlc(latest);
  if (nowMs > last.ms) return formatHlc(nowMs, 0);
  if (last.counter + 1 >= COUNTER_SPAN) return formatHlc(last.ms + 1, 0);
  return formatHlc(last.ms, last.counter + 1);
}

/**
 * The stamp `n` counts after `hlc`, the counter carrying into the milliseconds: the stamps of a
 * run of changes recorded in one statement (bulkCapture.ts), which computes the same in SQL.
 */
export function advancedHlc(hlc: Hlc, n: number): Hlc {
  const { ms, counter } = parseHlc(hlc);
  const total = counter + n;
  return formatHlc(ms + Math.floor(total / COUNTER_SPAN), total % COUNTER_SPAN);
}

export const laterHlc = (a: Hlc | null, b: Hlc | null): Hlc | null =>
  a === null ? b : b === null || a >= b ? a : b;

/** The wall-clock time a stamp was taken, as ISO text (the epoch for changes older than sync). */
export const hlcTime = (hlc: Hlc): string => new Date(parseHlc(hlc).ms).toISOString();
