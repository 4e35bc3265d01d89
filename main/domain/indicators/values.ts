import type { Db } from '../../db/open';
import { prepareCached } from '../../db/statements';
import { INDICATOR_CODES, type IndicatorCode } from '@contract/targets/indicators';
import { closure, closureByTeam, talks, talksByTeam, type Closure } from './levels';
import type { Family } from './buckets';
import { addMaps, overMonths, sumsOverMonths, type DayRange } from './monthly';
import { rangeParams, type Scope } from './scope';
import { passSql, SUMS, sumByTeamSql, sumSql, type Sum } from './sums';
import { companiesVisited, companiesVisitedByTeam } from './visits';

type SumParams = { from: string; to: string; team: number | null };

const sumParams = (scope: Scope): SumParams => {
  const { from, to, team } = rangeParams(scope);
  return { from, to, team };
};

/** A statement's one row of sums over @from..@to (and @team): month by month when a family keeps them. */
const sumsOver = (db: Db, family: Family | undefined, sql: string, p: SumParams): Record<string, number> =>
  family
    ? sumsOverMonths(db, family, sql, p, { team: p.team })
    : (prepareCached(db, sql).get(p) as Record<string, number>);

/** The value of one sum over the scope's days. */
const sumOver = (db: Db, sum: Sum, p: SumParams): number =>
  Object.values(sumsOver(db, sum.family, sumSql(sum), p))[0] as number;

export interface IndicatorValue {
  value: number | null;
  parts?: { done: number; total: number };
}

/**
 * The indicators of the catalogue for one scope: all of them, or only `codes` (the 双过半 verdict
 * re-read on 30 June needs just the indicators measured against time, and 亿元以上在谈 on a past
 * day is the costliest read of all: its stage history, project by project).
 */
export function indicatorValues(db: Db, scope: Scope): Record<IndicatorCode, IndicatorValue>;
export function indicatorValues(
  db: Db,
  scope: Scope,
  codes: readonly IndicatorCode[],
): Partial<Record<IndicatorCode, IndicatorValue>>;
export function indicatorValues(
  db: Db,
  scope: Scope,
  codes: readonly IndicatorCode[] = INDICATOR_CODES,
): Partial<Record<IndicatorCode, IndicatorValue>> {
  const params = sumParams(scope);
  const wanted = new Set(codes);
  const out: Partial<Record<IndicatorCode, IndicatorValue>> = {};
  const passes = new Map<string, [IndicatorCode, Sum][]>();
  for (const [code, sum] of Object.entries(SUMS) as [IndicatorCode, Sum | undefined][]) {
    if (!sum || !wanted.has(code)) continue;
    if (!sum.pass) {
      out[code] = { value: sumOver(db, sum, params) };
      continue;
    }
    const shared = passes.get(sum.pass.rows);
    if (shared) shared.push([code, sum]);
    else passes.set(sum.pass.rows, [[code, sum]]);
  }
  for (const [rows, sums] of passes) {
    const together = sums.map(([, s]) => s);
    const row = sumsOver(db, together[0]?.family, passSql(rows, together), params);
    sums.forEach(([code], i) => (out[code] = { value: row[`v${i}`] as number }));
  }
  if (wanted.has('companiesVisited')) out.companiesVisited = { value: companiesVisited(db, params) };
  if (wanted.has('negotiatingBigCount') || wanted.has('negotiatingBigAmount')) {
    const t = talks(db, rangeParams(scope));
    out.negotiatingBigCount = { value: t.count };
    out.negotiatingBigAmount = { value: t.amount };
  }
  if (wanted.has('serviceClosureRate')) out.serviceClosureRate = closureValue(closure(db, params));
  return out;
}

/** One indicator for one scope (team rankings ask for a single one, per team). */
export function indicatorValue(db: Db, scope: Scope, code: IndicatorCode): IndicatorValue {
  const sum = SUMS[code];
  if (sum) return { value: sumOver(db, sum, sumParams(scope)) };
  if (code === 'companiesVisited') return { value: companiesVisited(db, sumParams(scope)) };
  if (code === 'serviceClosureRate') return closureValue(closure(db, sumParams(scope)));
  const t = talks(db, rangeParams(scope));
  return { value: code === 'negotiatingBigCount' ? t.count : t.amount };
}

const closureValue = (c: Closure): IndicatorValue => ({
  value: c.rate,
  parts: { done: c.done, total: c.total },
});

/**
 * One indicator for every team at once (月排名), each counted as indicatorValue counts it for
 * that team: one grouped pass instead of one pass per team. A team absent from the map had no
 * records in the period.
 */
export function indicatorByTeam(db: Db, scope: Scope, code: IndicatorCode): Map<number, IndicatorValue> {
  const { from, to, at } = rangeParams(scope);
  const sum = SUMS[code];
  if (sum) {
    const sql = sumByTeamSql(sum);
    const read = (days: DayRange) =>
      new Map(
        (prepareCached(db, sql, { raw: true }).all(days) as [number | null, number][]).map(([t, v]) => [
          t,
          [v],
        ]),
      );
    const byTeam = sum.family
      ? overMonths(db, sum.family, sql, { from, to }, read, addMaps)
      : read({ from, to });
    return new Map([...byTeam].flatMap(([team, [value = 0]]) => (team === null ? [] : [[team, { value }]])));
  }
  if (code === 'companiesVisited') {
    return new Map(Array.from(companiesVisitedByTeam(db, { from, to }), ([team, n]) => [team, { value: n }]));
  }
  if (code === 'serviceClosureRate') {
    return new Map(Array.from(closureByTeam(db, { from, to }), ([team, c]) => [team, closureValue(c)]));
  }
  const field = code === 'negotiatingBigCount' ? 'count' : 'amount';
  return new Map(Array.from(talksByTeam(db, { at }), ([team, t]) => [team, { value: t[field] }]));
}
