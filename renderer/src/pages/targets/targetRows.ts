import type { KpiCard } from '@contract/indicators/schema';
import type { TargetRow } from '@contract/targets/schema';
import {
  INDICATOR_CODES,
  INDICATORS,
  type IndicatorCode,
  type IndicatorUnit,
} from '@contract/targets/indicators';

/** The grid's column for a scope: 'office' or 'team:<id>'. */
export type ScopeKey = 'office' | `team:${number}`;

export const scopeKey = (teamId: number | null): ScopeKey => (teamId === null ? 'office' : `team:${teamId}`);

export const teamOf = (key: ScopeKey): number | null => (key === 'office' ? null : Number(key.slice(5)));

/** One indicator of the year: its stored targets by scope, and how far the office has come. */
export interface IndicatorRow {
  code: IndicatorCode;
  name: string;
  unit: IndicatorUnit;
  definition: string;
  /** Stored values (yuan, counts, basis points) by scope; absent = no target. */
  targets: Partial<Record<ScopeKey, { id: number; value: number }>>;
  actual: number | null;
  percentDone: number | null;
  /** Sum of the teams' targets, to compare with the office's; null when no team has one. */
  teamsSum: number | null;
}

/** Rows in catalogue order; rates are not summed over teams (a sum of percentages means nothing). */
export function indicatorRows(targets: TargetRow[], cards: KpiCard[] | undefined): IndicatorRow[] {
  return INDICATOR_CODES.map((code) => {
    const { name, unit, definition } = INDICATORS[code];
    const mine = targets.filter((t) => t.indicator === code);
    const card = cards?.find((c) => c.code === code);
    const teamValues = mine.filter((t) => t.teamId !== null).map((t) => t.value);
    return {
      code,
      name,
      unit,
      definition,
      targets: Object.fromEntries(mine.map((t) => [scopeKey(t.teamId), { id: t.id, value: t.value }])),
      actual: card?.value ?? null,
      percentDone: card?.percentDone ?? null,
      teamsSum: unit === 'percent' || teamValues.length === 0 ? null : teamValues.reduce((a, b) => a + b, 0),
    };
  });
}

/** What a person typed: a number (commas and spaces allowed), null for empty, NaN for anything else. */
export function parseTyped(raw: unknown): number | null {
  if (raw === null || raw === undefined) return null;
  const s = String(raw).replace(/[,，\s]/g, '');
  if (s === '') return null;
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}
