// Pure: the dashboard's period switch and the domain share these, so the numbers a director
// sees and the range the SQL counts over are computed once.

export const PERIOD_KINDS = ['year', 'half', 'quarter', 'month', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** Inclusive calendar range, ISO YYYY-MM-DD on both ends. */
export interface DateRange {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;
const pad = (n: number): string => String(n).padStart(2, '0');
const utc = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export const lastDayOfMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

export function addDays(day: string, n: number): string {
  return iso(utc(day) + n * DAY_MS);
}

/** Days from `from` to `to`, both counted: a whole year is 365 (or 366). */
export function daysInclusive(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS) + 1;
}

/**
 * The range of a period. `n` is the half (1–2), quarter (1–4) or month (1–12); a custom
 * period passes its own range instead.
 */
export function periodRange(kind: Exclude<PeriodKind, 'custom'>, year: number, n = 1): DateRange {
  const months = { year: 12, half: 6, quarter: 3, month: 1 }[kind];
  const first = (n - 1) * months + 1;
  const last = first + months - 1;
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDayOfMonth(year, last))}` };
}

/** The half, quarter or month a day falls in, for opening the switch on "now". */
export function periodContaining(kind: Exclude<PeriodKind, 'custom'>, day: string): DateRange {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const size = { year: 12, half: 6, quarter: 3, month: 1 }[kind];
  return periodRange(kind, year, Math.floor((month - 1) / size) + 1);
}

export const isWholeYear = (r: DateRange): boolean =>
  r.from.slice(0, 4) === r.to.slice(0, 4) && r.from.endsWith('-01-01') && r.to.endsWith('-12-31');

/** The part of a range already lived through on `asOf` (the statistics day). */
export function elapsedRange(r: DateRange, asOf: string): DateRange | null {
  if (asOf < r.from) return null;
  return { from: r.from, to: asOf < r.to ? asOf : r.to };
}

/**
 * Share of the period elapsed on `asOf`, in percent, the statistics day counted as lived:
 * on 30 June 181 of 365 days (49.6%), on 31 December 100%.
 */
export function elapsedPercent(r: DateRange, asOf: string): number {
  const lived = elapsedRange(r, asOf);
  if (!lived) return 0;
  return (daysInclusive(lived.from, lived.to) / daysInclusive(r.from, r.to)) * 100;
}

/** Each calendar year a range touches, with the days it covers and the year's length. */
export function yearShares(r: DateRange): { year: number; days: number; yearDays: number }[] {
  const out: { year: number; days: number; yearDays: number }[] = [];
  for (let y = Number(r.from.slice(0, 4)); y <= Number(r.to.slice(0, 4)); y++) {
    const from = r.from > `${y}-01-01` ? r.from : `${y}-01-01`;
    const to = r.to < `${y}-12-31` ? r.to : `${y}-12-31`;
    out.push({ year: y, days: daysInclusive(from, to), yearDays: daysInclusive(`${y}-01-01`, `${y}-12-31`) });
  }
  return out;
}

/** 'YYYY-MM' of every month the range touches, in order. */
export function monthsOf(r: DateRange): string[] {
  const out: string[] = [];
  let y = Number(r.from.slice(0, 4));
  let m = Number(r.from.slice(5, 7));
  const end = r.to.slice(0, 7);
  for (let key = `${y}-${pad(m)}`; key <= end; key = `${y}-${pad(m)}`) {
    out.push(key);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}
