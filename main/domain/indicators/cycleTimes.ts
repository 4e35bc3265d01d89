import type { Db } from '../../db/open';
import { PRODUCED_STAGES, SIGNED_STAGES, STARTED_STAGES } from '@contract/targets/indicators';
import {
  CYCLE_BUCKETS,
  CYCLE_KINDS,
  periodInput,
  type CycleKind,
  type CycleProject,
  type CycleResult,
  type CycleStat,
} from '@contract/indicators/schema';
import { heldIn, rangeParams, resolveScope } from './scope';

/** Which two milestones each cycle spans; counted for projects whose later milestone is in the period. */
export const SPANS: Record<CycleKind, { start: string; end: string; held: readonly string[] }> = {
  contactToSigning: { start: 'first_contact_on', end: 'signed_on', held: SIGNED_STAGES },
  signingToStart: { start: 'signed_on', end: 'started_on', held: STARTED_STAGES },
  signingToProduction: { start: 'signed_on', end: 'produced_on', held: PRODUCED_STAGES },
};

/** Projects (unaliased) whose span ends within @from..@to, both dates there and in order. */
export function spanWhere(kind: CycleKind): string {
  const { start, end, held } = SPANS[kind];
  return `${end} BETWEEN @from AND @to AND ${start} IS NOT NULL AND ${start} <= ${end} AND ${heldIn('stage', held)}`;
}

/** 当年签约、当年投产: produced within @from..@to and signed in the same calendar year. */
export const SAME_YEAR_WHERE = `produced_on BETWEEN @from AND @to AND ${heldIn('stage', PRODUCED_STAGES)}
  AND substr(signed_on, 1, 4) = substr(produced_on, 1, 4)`;

const FASTEST = 5;

export function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function bucketsOf(days: readonly number[]): number[] {
  const counts: number[] = Array.from({ length: CYCLE_BUCKETS.length + 1 }, () => 0);
  for (const d of days) {
    const i = CYCLE_BUCKETS.findIndex((limit) => d <= limit);
    const at = i < 0 ? CYCLE_BUCKETS.length : i;
    counts[at] = (counts[at] ?? 0) + 1;
  }
  return counts;
}

/**
 * The speed figures the reports boast (接洽到签约54天, 签约到投产150天): median and spread of
 * the days between two milestones, fastest projects first. A span with a missing or reversed
 * date (a data-entry slip) is left out rather than counted as zero. The days come from the
 * milestone indexes alone; names are read only for the few fastest projects.
 */
export function cycleTimes(db: Db, input: unknown): CycleResult {
  const { scope } = resolveScope(db, periodInput, input);
  const { from, to, team } = rangeParams(scope);
  const stats: CycleStat[] = CYCLE_KINDS.map((kind) => {
    const { start, end } = SPANS[kind];
    const spans = db
      .prepare(
        `SELECT id, CAST(julianday(${end}) - julianday(${start}) AS INTEGER) AS days FROM projects
         WHERE ${spanWhere(kind)} AND (@team IS NULL OR team_id = @team)
         ORDER BY days, ${end}, id`,
      )
      .all({ from, to, team }) as { id: number; days: number }[];
    const days = spans.map((r) => r.days);
    return {
      kind,
      count: spans.length,
      median: median(days),
      buckets: bucketsOf(days),
      fastest: named(db, kind, spans.slice(0, FASTEST)),
    };
  });
  const sameYearProduced = db
    .prepare(
      `SELECT count(*) FROM projects
       WHERE ${SAME_YEAR_WHERE} AND (@team IS NULL OR team_id = @team)`,
    )
    .pluck()
    .get({ from, to, team }) as number;
  return { period: scope.echo, stats, sameYearProduced };
}

function named(db: Db, kind: CycleKind, spans: { id: number; days: number }[]): CycleProject[] {
  const { start, end } = SPANS[kind];
  const read = db.prepare(
    `SELECT p.id, p.name, c.name AS companyName, p.${start} AS fromDate, p.${end} AS toDate
     FROM projects p LEFT JOIN companies c ON c.id = p.company_id WHERE p.id = ?`,
  );
  return spans.map((s) => ({ ...(read.get(s.id) as Omit<CycleProject, 'days'>), days: s.days }));
}
