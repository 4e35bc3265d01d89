import type { Db } from '../../db/open';
import { todayLocal } from '@contract/shared/time';
import { parseOrThrow } from '../shared/validate';
import { teams } from '../people';
import { DomainError } from '@contract/shared/errors';
import { elapsedRange, elapsedPercent, type DateRange } from '@contract/indicators/period';
import type { PeriodEcho } from '@contract/indicators/schema';
import type { z } from 'zod';

/**
 * What every aggregate counts over: the records dated from `from` up to the statistics day
 * (or `to`, whichever is first), for the office or one team. Dates are compared as ISO text,
 * which sorts like the calendar and uses the date indexes.
 */
export interface Scope {
  echo: PeriodEcho;
  /** The lived part of the period; null when the period has not begun on the statistics day. */
  lived: DateRange | null;
  /**
   * The day snapshots (在谈, overdue follow-ups) are taken: the statistics day, or the period's
   * last day when the period is already over.
   */
  at: string;
  teamId: number | null;
  percentElapsed: number;
}

export function resolveScope<
  S extends z.ZodType<{ from: string; to: string; asOf?: string | null; teamId?: number | null }>,
>(db: Db, schema: S, input: unknown): { scope: Scope; data: z.output<S> } {
  const data = parseOrThrow(schema, input);
  const teamId = data.teamId ?? null;
  if (teamId !== null && !teams.get(db, teamId)) {
    throw new DomainError('VALIDATION', '所选小分队不存在或已被删除', {
      teamId: '所选小分队不存在或已被删除',
    });
  }
  return { data, scope: scopeOn({ from: data.from, to: data.to }, data.asOf ?? todayLocal(), teamId) };
}

/** The scope of a checked period read on the statistics day `asOf`. */
export function scopeOn(range: DateRange, asOf: string, teamId: number | null): Scope {
  return {
    echo: { ...range, asOf, teamId },
    lived: elapsedRange(range, asOf),
    at: asOf < range.to ? asOf : range.to,
    teamId,
    percentElapsed: elapsedPercent(range, asOf),
  };
}

/** Named parameters for the lived range and team; an empty range never matches. */
export function rangeParams(scope: Scope): { from: string; to: string; team: number | null; at: string } {
  const lived = scope.lived ?? { from: '9999-12-31', to: '0000-01-01' };
  return { from: lived.from, to: lived.to, team: scope.teamId, at: scope.at };
}

/** `col IN ('a', 'b')` from our own constants (never from input). */
export const inList = (col: string, values: readonly string[]): string =>
  `${col} IN (${values.map((v) => `'${v}'`).join(', ')})`;

/**
 * The current stage as a check on rows found by a milestone date. The unary plus keeps SQLite
 * from using the stage index for it: without statistics it would otherwise prefer that index
 * (most projects are past signing) over the date range, which is the selective condition.
 */
export const heldIn = (col: string, values: readonly string[]): string => inList(`+${col}`, values);
