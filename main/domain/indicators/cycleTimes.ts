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
import { columnsOf } from './grouped';
import { overMonths, sumsOverMonths } from './monthly';
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

export function median(sorted: ArrayLike<number>): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function bucketsOf(days: Iterable<number>): number[] {
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
 * milestone indexes alone, as one array sorted here (SQL's ORDER BY of every span was 4× the
 * reading at 1,000,000 projects); names are read only for the few fastest projects.
 */
export function cycleTimes(db: Db, input: unknown): CycleResult {
  const { scope } = resolveScope(db, periodInput, input);
  const { from, to, team } = rangeParams(scope);
  const stats: CycleStat[] = CYCLE_KINDS.map((kind) => {
    const { start, end } = SPANS[kind];
    const sql = `SELECT json_group_array(id), json_group_array(CAST(julianday(${end}) - julianday(${start}) AS INTEGER))
       FROM projects WHERE ${spanWhere(kind)} AND (@team IS NULL OR team_id = @team)`;
    // Month by month of the later milestone (monthly.ts): a kept month's spans are not read again.
    const { ids, spans } = overMonths(
      db,
      'projects',
      `cycle|${kind}|${team}`,
      { from, to },
      (days) => {
        const [ids = [], spans = []] = columnsOf(db, sql, { ...days, team });
        return { ids: ids as number[], spans: spans as number[] };
      },
      (a, b) => ({ ids: a.ids.concat(b.ids), spans: a.spans.concat(b.spans) }),
    );
    const days = Int32Array.from(spans).sort();
    return {
      kind,
      count: days.length,
      median: median(days),
      buckets: bucketsOf(days),
      fastest: fastest(db, kind, ids, spans, days),
    };
  });
  const sameYearProduced =
    sumsOverMonths(
      db,
      'projects',
      `SELECT count(*) AS n FROM projects WHERE ${SAME_YEAR_WHERE} AND (@team IS NULL OR team_id = @team)`,
      { from, to },
      { team },
    ).n ?? 0;
  return { period: scope.echo, stats, sameYearProduced };
}

/**
 * The FASTEST projects by days, then by the later milestone and id. Only those as fast as the
 * FASTEST-th are read by name (ties included), not every span of the period sorted.
 */
function fastest(
  db: Db,
  kind: CycleKind,
  ids: readonly number[],
  spans: readonly number[],
  sorted: Int32Array,
): CycleProject[] {
  if (sorted.length === 0) return [];
  const limit = sorted[Math.min(FASTEST, sorted.length) - 1] as number;
  const { start, end } = SPANS[kind];
  const read = db.prepare(
    `SELECT p.id, p.name, c.name AS companyName, p.${start} AS fromDate, p.${end} AS toDate
     FROM projects p LEFT JOIN companies c ON c.id = p.company_id WHERE p.id = ?`,
  );
  const found: CycleProject[] = [];
  spans.forEach((d, i) => {
    if (d <= limit) found.push({ ...(read.get(ids[i]) as Omit<CycleProject, 'days'>), days: d });
  });
  found.sort(
    (a, b) => a.days - b.days || (a.toDate < b.toDate ? -1 : a.toDate > b.toDate ? 1 : 0) || a.id - b.id,
  );
  return found.slice(0, FASTEST);
}
