import type { Db } from '../../db/open';
import { prepareCached } from '../../db/statements';
import { lastDayOfMonth } from '@contract/indicators/period';

/**
 * Figures that add up over days, read month by month and each whole month kept until a record
 * dated in it changes (migration 15 gives that month a new version). A year's dashboard after
 * one edit then reads one month again and the lived part of the current one, instead of every
 * signing of the year: at 1,000,000 projects that is 188,000 rows.
 *
 * A month is kept per connection and per statement, with the versions it was read at: its
 * family's and the file's epoch. Versions are read before the month's rows, so rows committed
 * in between are kept under the older version and read again next time, never the reverse.
 * Inside a write transaction nothing is kept: a rollback would leave sums of rows that never were.
 */
export type Family = 'projects' | 'arrivals' | 'visits';

const KEPT_PER_CONNECTION = 4096;

interface Kept {
  version: string;
  value: unknown;
}

const kept = new WeakMap<Db, Map<string, Kept>>();

export interface DayRange {
  from: string;
  to: string;
}

/**
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
  const whole = parts.filter((p) => p.whole).map((p) => p.month);
  const versions = db.inTransaction ? null : versionsOf(db, family, whole);
  let answers = kept.get(db);
  if (!answers) kept.set(db, (answers = new Map()));
  let total: T | undefined;
  for (const part of parts) {
    let value: T;
    const version =
      part.whole && versions ? `${versions.epoch}|${versions.months.get(part.month) ?? 0}` : null;
    const id = `${family}|${key}|${part.month}`;
    const hit = version === null ? undefined : answers.get(id);
    if (hit && hit.version === version) {
      value = hit.value as T;
    } else {
      value = read(part.days);
      if (version !== null) {
        answers.delete(id);
        answers.set(id, { version, value });
        if (answers.size > KEPT_PER_CONNECTION) answers.delete(answers.keys().next().value as string);
      }
    }
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

function versionsOf(
  db: Db,
  family: Family,
  months: readonly string[],
): { epoch: number; months: Map<string, number> } {
  const epoch = prepareCached(db, `SELECT version FROM figure_versions WHERE family = '*' AND bucket = '*'`, {
    pluck: true,
  }).get() as number;
  if (months.length === 0) return { epoch, months: new Map() };
  const rows = prepareCached(
    db,
    'SELECT bucket, version FROM figure_versions WHERE family = ? AND bucket BETWEEN ? AND ?',
    { raw: true },
  ).all(family, months[0], months[months.length - 1]) as [string, number][];
  return { epoch, months: new Map(rows) };
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
