import { now } from './clock';

/** UTC timestamp for created/updated/audit columns. */
export const nowIso = (): string => now().toISOString();

/** Local calendar date (the office's day, not UTC) as YYYY-MM-DD. */
export function todayLocal(d: Date = now()): string {
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${m}-${day}`;
}

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** '5月21日' for an ISO date, as offices write a day within the year under discussion. */
export const monthDayZh = (iso: string): string =>
  `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

/** The same calendar day `months` months earlier (the month's last day when it has no such day). */
export function monthsBefore(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
