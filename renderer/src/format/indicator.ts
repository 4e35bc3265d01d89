import type { TFunction } from 'i18next';
import { PERCENT_FULL, type IndicatorCode, type IndicatorUnit } from '@contract/targets/indicators';
import { formatTotal, totalsScale, TOTALS_UNIT } from './totals';

/**
 * How an indicator's value reads on screen and is typed in: money as a total (亿元, see
 * totals.ts), counts as integers with their own measure word (次, 家, 个), rates as percent; stored
 * values are yuan, integers and basis points (see targets/indicators.ts).
 */
export function indicatorSuffix(t: TFunction, code: IndicatorCode, unit: IndicatorUnit): string {
  if (unit === 'yuan') return t(`money.${TOTALS_UNIT}`);
  if (unit === 'percent') return t('targets.units.percent');
  if (unit === 'personTimes') return t('targets.units.personTimes');
  if (code === 'trips') return t('targets.units.times');
  if (code === 'companiesVisited') return t('targets.units.companies');
  return t('targets.units.count');
}

/** Stored value → the number shown and edited (8457000000 → 84.57 in 亿元; 9550 → 95.5). */
export function toDisplay(unit: IndicatorUnit, stored: number): number {
  if (unit === 'yuan') return stored / totalsScale();
  if (unit === 'percent') return (stored / PERCENT_FULL) * 100;
  return stored;
}

/** A typed number → the stored value; money and rates are rounded to what the column keeps. */
export function fromDisplay(unit: IndicatorUnit, display: number): number {
  if (unit === 'yuan') return Math.round(display * totalsScale());
  if (unit === 'percent') return Math.round((display / 100) * PERCENT_FULL);
  return display;
}

/** The value as text without its unit; '—' when there is nothing to show. */
export function formatIndicator(unit: IndicatorUnit, stored: number | null | undefined): string {
  if (stored === null || stored === undefined) return '—';
  if (unit === 'yuan') return formatTotal(stored);
  if (unit === 'percent')
    return toDisplay(unit, stored).toLocaleString('zh-CN', { maximumFractionDigits: 1 });
  return stored.toLocaleString('zh-CN');
}

/** 113.98 → '114%'; the office reads whole percents. */
export const formatPercent = (p: number | null | undefined): string =>
  p === null || p === undefined ? '—' : `${Math.round(p)}%`;
