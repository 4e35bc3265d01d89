// A seeded generator: the same seed gives the same demo database, so a screenshot, a benchmark
// or a bug report made on demo data can be reproduced exactly.

/** mulberry32: tiny, fast and good enough for synthetic data (not for anything secret). */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks by weight: `[[value, weight], …]`. */
  weighted<T>(pairs: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of pairs) total += w;
    let x = this.next() * total;
    for (const [v, w] of pairs) {
      x -= w;
      if (x < 0) return v;
    }
    return (pairs[pairs.length - 1] as readonly [T, number])[0];
  }

  /** k distinct items (or all of them when there are fewer). */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = items.slice();
    const n = Math.min(k, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, n);
  }

  /** Log-uniform between min and max: amounts of money spread over orders of magnitude. */
  logUniform(min: number, max: number): number {
    return Math.exp(Math.log(min) + this.next() * (Math.log(max) - Math.log(min)));
  }

  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
}

const DAY_MS = 86_400_000;
// Date arithmetic runs millions of times for the large sizes, over a few thousand distinct days:
// both directions are cached.
const dayOf = new Map<string, number>();
const isoOf = new Map<number, string>();

function toDay(iso: string): number {
  let d = dayOf.get(iso);
  if (d === undefined) {
    d = Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
    dayOf.set(iso, d);
  }
  return d;
}

function toIso(day: number): string {
  let s = isoOf.get(day);
  if (s === undefined) {
    s = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoOf.set(day, s);
  }
  return s;
}

/** Calendar arithmetic on 'YYYY-MM-DD' in UTC, so the result never depends on the time zone. */
export function addDays(iso: string, days: number): string {
  return toIso(toDay(iso) + days);
}

export function daysBetween(from: string, to: string): number {
  return toDay(to) - toDay(from);
}

/** A working-hours UTC timestamp on that day, for created_at/updated_at columns. */
export function stampOn(rng: Rng, iso: string): string {
  const h = String(rng.int(0, 9)).padStart(2, '0');
  const m = String(rng.int(0, 59)).padStart(2, '0');
  const s = String(rng.int(0, 59)).padStart(2, '0');
  return `${iso}T${h}:${m}:${s}.000Z`;
}

/** Whole yuan rounded to a unit (e.g. 1,000,000 = 100万), as ledgers state amounts. */
export const roundTo = (yuan: number, unit: number): number => Math.max(unit, Math.round(yuan / unit) * unit);

export const WAN = 10_000;
export const YI = 100_000_000;
