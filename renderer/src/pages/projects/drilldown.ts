import type { ColumnFilter } from '@contract/shared/listQuery';

/**
 * Links from a figure (dashboard card, funnel stage, chart bar) to the projects behind it:
 * `#/projects?dd=<label>&f.<column>=<condition>` where <column> is any filterable column of
 * the projects list and <condition> is one of
 *   `a,b,c`        one of these values (set)       e.g. f.stage=signed,registered
 *   `from..to`     a range, either end optional     e.g. f.signedOn=2026-01-01..2026-06-30, f.contractAmount=100000000..
 *   anything else  equal to it                       e.g. f.industry=新能源汽车
 * Dates are YYYY-MM-DD; money is whole yuan, whatever unit the grid shows.
 */
export type DrilldownCondition =
  string[] | { from?: string | number; to?: string | number } | string | number;

export function projectsDrilldownUrl(label: string, conditions: Record<string, DrilldownCondition>): string {
  const p = new URLSearchParams({ dd: label });
  for (const [col, c] of Object.entries(conditions)) {
    if (Array.isArray(c)) p.set(`f.${col}`, c.join(','));
    else if (typeof c === 'object') p.set(`f.${col}`, `${c.from ?? ''}..${c.to ?? ''}`);
    else p.set(`f.${col}`, String(c));
  }
  return `#/projects?${p.toString()}`;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function toFilter(raw: string): ColumnFilter {
  if (raw.includes('..')) {
    const [from = '', to = ''] = raw.split('..');
    const isDate = DATE.test(from) || DATE.test(to);
    const v = (s: string) => (isDate ? s : Number(s));
    if (from && to)
      return isDate
        ? { type: 'date', op: 'inRange', value: from, valueTo: to }
        : { type: 'number', op: 'inRange', value: Number(from), valueTo: Number(to) };
    if (from)
      return isDate
        ? { type: 'date', op: 'greaterThan', value: shiftDay(from, -1) }
        : { type: 'number', op: 'greaterThanOrEqual', value: v(from) as number };
    return isDate
      ? { type: 'date', op: 'lessThan', value: shiftDay(to, 1) }
      : { type: 'number', op: 'lessThanOrEqual', value: v(to) as number };
  }
  if (raw.includes(',')) return { type: 'set', values: raw.split(',') };
  return /^-?\d+(\.\d+)?$/.test(raw)
    ? { type: 'set', values: [Number(raw)] }
    : { type: 'set', values: [raw] };
}

/** The date filter has no inclusive open ends; move the bound one day out instead. */
function shiftDay(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function parseProjectsDrilldown(
  params: URLSearchParams,
): { label: string; filters: Record<string, ColumnFilter> } | null {
  const filters: Record<string, ColumnFilter> = {};
  for (const [key, value] of params) {
    if (key.startsWith('f.') && value !== '') filters[key.slice(2)] = toFilter(value);
  }
  if (Object.keys(filters).length === 0) return null;
  return { label: params.get('dd') || '筛选', filters };
}
