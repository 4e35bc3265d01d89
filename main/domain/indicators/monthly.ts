import type { Db } from '../../db/open';
import { prepareCached } from '../../db/statements';
import { inBuckets, type Family } from './buckets';
import { lastDayOfMonth } from '@contract/indicators/period';

export interface DayRange {
  from: string;
  to: string;
}

/**
 * Figures that add up over days, read month by month and each whole month kept until a record
 * dated in it changes (buckets.ts). A year's dashboard after one edit then reads one month again
 * and the lived part of the current one, instead of every signing of the year: at 1,000,000
 * projects that is 188,000 rows.
 *
 * `read` over the days of `range`, added up month by month with `add`, which may change and
 * return its first argument but must leave its second (a kept month) as it is.
 */
export function overMonths<T>(
  db: Db,
  family: Family,
  key: string,
  range: DayRange,
  read: (days: DayRange) => T,
  add: (a: T, b: T) => T,
): T {
  const parts = monthParts(range);
  if (parts.length === 0) return read(range);
  const whole = parts.filter((p) => p.whole);
  const keptMonths = inBuckets(
    db,
    family,
    key,
    whole.map((p) => p.month),
    (month) => read((whole.find((p) => p.month === month) as MonthPart).days),
  );
  let total: T | undefined;
  for (const part of parts) {
    const value = part.whole ? (keptMonths[whole.indexOf(part)] as T) : read(part.days);
    // A kept month is never changed: the total starts as a copy of the first, and `add` only reads its second.
    total = total === undefined ? structuredClone(value) : add(total, value);
  }
  return total as T;
}

interface MonthPart {
  month: string;
  days: DayRange;
  whole: boolean;
}

/** The calendar months the range touches, each with the days of it in the range. */
export function monthParts({ from, to }: DayRange): MonthPart[] {
  const parts: MonthPart[] = [];
  if (from > to) return parts;
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (;;) {
    const m = `${year}-${String(month).padStart(2, '0')}`;
    if (m > to.slice(0, 7)) break;
    const first = `${m}-01`;
    const last = `${m}-${String(lastDayOfMonth(year, month)).padStart(2, '0')}`;
    const days = { from: from > first ? from : first, to: to < last ? to : last };
    parts.push({ month: m, days, whole: days.from === first && days.to === last });
    if (++month > 12) {
      month = 1;
      year++;
    }
  }
  return parts;
}

/**
 * A statement's one row of sums over @from..@to, its other parameters fixed: month by month.
 * Every column must add up over days (counts, sums; not an average or a distinct count).
 */
export function sumsOverMonths(
  db: Db,
  family: Family,
  sql: string,
  range: DayRange,
  fixed: Record<string, unknown> = {},
): Record<string, number> {
  const read = (days: DayRange) =>
    prepareCached(db, sql).get({ ...fixed, ...days }) as Record<string, number>;
  return overMonths(db, family, `${sql}|${JSON.stringify(fixed)}`, range, read, addRows);
}

/** Adds two rows of numbers column by column (a statement's one row of sums, per month). */
export function addRows<R extends Record<string, number>>(a: R, b: R): R {
  for (const k of Object.keys(b))
    (a as Record<string, number>)[k] = ((a[k] as number) ?? 0) + (b[k] as number);
  return a;
}

/** Adds two maps of sums key by key (a GROUP BY's rows, per month). */
export function addMaps<K>(a: Map<K, number[]>, b: Map<K, number[]>): Map<K, number[]> {
  for (const [k, sums] of b) {
    const into = a.get(k);
    if (!into) a.set(k, [...sums]);
    else sums.forEach((v, i) => (into[i] = (into[i] ?? 0) + v));
  }
  return a;
}
