import type { Db } from '../../db/open';
import { prepareCached } from '../../db/statements';
import { INDICATOR_CODES, type IndicatorCode } from '@contract/targets/indicators';
import { closure, closureByTeam, talks, talksByTeam, type Closure } from './levels';
import { rangeParams, type Scope } from './scope';
import { passSql, SUMS, sumByTeamSql, sumSql, type Sum } from './sums';
import { companiesVisited, companiesVisitedByTeam } from './visits';

const sumParams = (scope: Scope): { from: string; to: string; team: number | null } => {
  const { from, to, team } = rangeParams(scope);
  return { from, to, team };
};

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
      out[code] = { value: prepareCached(db, sumSql(sum), { pluck: true }).get(params) as number };
      continue;
    }
    const shared = passes.get(sum.pass.rows);
    if (shared) shared.push([code, sum]);
    else passes.set(sum.pass.rows, [[code, sum]]);
  }
  for (const [rows, sums] of passes) {
    const together = sums.map(([, s]) => s);
    const row = prepareCached(db, passSql(rows, together)).get(params) as Record<string, number>;
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
  if (sum) return { value: prepareCached(db, sumSql(sum), { pluck: true }).get(sumParams(scope)) as number };
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
    const rows = prepareCached(db, sumByTeamSql(sum)).all({ from, to }) as {
      team: number | null;
      value: number;
    }[];
    return new Map(rows.flatMap((r) => (r.team === null ? [] : [[r.team, { value: r.value }]])));
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
