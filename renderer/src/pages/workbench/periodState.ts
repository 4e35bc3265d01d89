import type { TFunction } from 'i18next';
import { PERIOD_KINDS, periodRange, type DateRange, type PeriodKind } from '@contract/indicators/period';
import { formatDateZh } from '../../format/date';
import type { I18nKey } from '../../i18n/keys';
import { readSource, type FigureSource } from '../../office/figureSource';

/**
 * The dashboard's period and scope, kept in the URL (#/workbench?p=quarter&y=2026&n=2&team=3)
 * so a drill-down and the browser's Back come back to the same view; &src=office for 全办公室.
 */
export interface PeriodState {
  kind: PeriodKind;
  year: number;
  /** Half 1–2, quarter 1–4 or month 1–12; unused for year and custom. */
  n: number;
  /** Only for custom. */
  from: string;
  to: string;
  teamId: number | null;
  source: FigureSource;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_N: Record<PeriodKind, number> = { year: 1, half: 2, quarter: 4, month: 12, custom: 1 };

export function defaultPeriod(today: string): PeriodState {
  return {
    kind: 'year',
    year: Number(today.slice(0, 4)),
    n: 1,
    from: today,
    to: today,
    teamId: null,
    source: 'local',
  };
}

/** Switching kind keeps "now": from the year to the quarter containing today, and so on. */
export function switchKind(s: PeriodState, kind: PeriodKind, today: string): PeriodState {
  if (kind === 'custom') return { ...s, kind, ...rangeOf(s) };
  if (kind === 'year') return { ...s, kind, n: 1 };
  const sameYear = Number(today.slice(0, 4)) === s.year;
  const size = { half: 6, quarter: 3, month: 1 }[kind];
  const month = sameYear ? Number(today.slice(5, 7)) : 1;
  return { ...s, kind, n: Math.floor((month - 1) / size) + 1 };
}

export function readPeriod(params: URLSearchParams, today: string): PeriodState {
  const base = defaultPeriod(today);
  const kind = (PERIOD_KINDS as readonly string[]).includes(params.get('p') ?? '')
    ? (params.get('p') as PeriodKind)
    : 'year';
  const year = Number(params.get('y'));
  const n = Number(params.get('n'));
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const team = Number(params.get('team'));
  const state: PeriodState = {
    kind,
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : base.year,
    n:
      Number.isInteger(n) && n >= 1 && n <= MAX_N[kind]
        ? n
        : kind === 'year'
          ? 1
          : switchKind(base, kind, today).n,
    from: DAY.test(from) ? from : today,
    to: DAY.test(to) ? to : today,
    teamId: Number.isInteger(team) && team > 0 ? team : null,
    source: readSource(params),
  };
  if (kind === 'custom' && state.from > state.to) return { ...state, from: state.to, to: state.from };
  return state;
}

export function writePeriod(s: PeriodState): Record<string, string> {
  const out: Record<string, string> = { p: s.kind };
  if (s.kind === 'custom') {
    out.from = s.from;
    out.to = s.to;
  } else {
    out.y = String(s.year);
    if (s.kind !== 'year') out.n = String(s.n);
  }
  if (s.teamId !== null) out.team = String(s.teamId);
  if (s.source === 'office') out.src = 'office';
  return out;
}

export function rangeOf(s: PeriodState): DateRange {
  if (s.kind === 'custom') return { from: s.from, to: s.to };
  return periodRange(s.kind, s.year, s.n);
}

// 上半年…, 第一季度…, by n - 1.
export const HALVES = [
  'dashboard.period.halves.h1',
  'dashboard.period.halves.h2',
] as const satisfies readonly I18nKey[];
export const QUARTERS = [
  'dashboard.period.quarters.q1',
  'dashboard.period.quarters.q2',
  'dashboard.period.quarters.q3',
  'dashboard.period.quarters.q4',
] as const satisfies readonly I18nKey[];

/** 上半年 or 第二季度: the half or quarter `n` as the office names it. */
export function partOfYearLabel(t: TFunction, kind: 'half' | 'quarter', n: number): string {
  const key = (kind === 'half' ? HALVES : QUARTERS)[n - 1];
  return key ? t(key) : String(n);
}

export function periodLabel(t: TFunction, s: PeriodState): string {
  const year = s.year;
  switch (s.kind) {
    case 'year':
      return t('dashboard.period.yearLabel', { year });
    case 'half':
      return t('dashboard.period.halfLabel', { year, half: partOfYearLabel(t, 'half', s.n) });
    case 'quarter':
      return t('dashboard.period.quarterLabel', { year, quarter: partOfYearLabel(t, 'quarter', s.n) });
    case 'month':
      return t('dashboard.period.monthLabel', { year, n: s.n });
    case 'custom':
      return t('dashboard.period.customLabel', { from: formatDateZh(s.from), to: formatDateZh(s.to) });
  }
}
