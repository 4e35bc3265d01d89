import type { Db } from '../../db/open';
import { INDICATOR_CODES, INDICATORS, type IndicatorCode } from '@contract/targets/indicators';
import { isWholeYear } from '@contract/indicators/period';
import {
  doubleHalf,
  doubleHalfDay,
  halfDoneShown,
  periodTarget,
  readProgress,
} from '@contract/indicators/progress';
import { periodInput, type KpiCard, type KpiResult } from '@contract/indicators/schema';
import { resolveScope, scopeOn, type Scope } from './scope';
import { indicatorValues } from './values';

/** Annual targets of the years a scope touches, for the office (teamId null) or one team. */
export function annualTargets(
  db: Db,
  scope: Scope,
  teamId: number | null = scope.teamId,
): (code: IndicatorCode, year: number) => number | undefined {
  const rows = db
    .prepare(
      `SELECT year, indicator, value FROM targets
       WHERE year BETWEEN ? AND ? AND ifnull(team_id, 0) = ifnull(?, 0)`,
    )
    .all(Number(scope.echo.from.slice(0, 4)), Number(scope.echo.to.slice(0, 4)), teamId) as {
    year: number;
    indicator: string;
    value: number;
  }[];
  const byKey = new Map(rows.map((r) => [`${r.indicator}:${r.year}`, r.value]));
  return (code, year) => byKey.get(`${code}:${year}`);
}

/** The indicators 双过半 judges: those measured against the time elapsed (progress.ts). */
const JUDGED_CODES = INDICATOR_CODES.filter((code) => INDICATORS[code].measure === 'time');

/** Each indicator's value, period target and progress against time on the scope's statistics day. */
function readCards(db: Db, scope: Scope, codes: readonly IndicatorCode[] = INDICATOR_CODES): KpiCard[] {
  const values = indicatorValues(db, scope, codes);
  const annual = annualTargets(db, scope);
  const range = { from: scope.echo.from, to: scope.echo.to };
  return codes.map((code) => {
    const { name, unit, measure, definition } = INDICATORS[code];
    const { value, parts } = values[code] ?? { value: null };
    const target = periodTarget(measure, range, (year) => annual(code, year));
    const card: KpiCard = {
      code,
      name,
      unit,
      measure,
      definition,
      value,
      target,
      ...readProgress(measure, value, target, scope.percentElapsed),
    };
    if (parts) card.parts = parts;
    return card;
  });
}

/**
 * The KPI cards of the dashboard: value, period target, progress against time, 双过半. After
 * 30 June the 双过半 verdict is the one of 30 June (read again on that day), and no card says
 * 过半 any more: by December "half done" would only repeat that the year went on.
 */
export function kpis(db: Db, input: unknown): KpiResult {
  const { scope } = resolveScope(db, periodInput, input);
  const range = { from: scope.echo.from, to: scope.echo.to };
  const { asOf } = scope.echo;
  const cards = readCards(db, scope);
  const judgedOn = doubleHalfDay(range, asOf);
  const judged = (): KpiCard[] =>
    judgedOn === asOf ? cards : readCards(db, scopeOn(range, judgedOn, scope.teamId), JUDGED_CODES);
  const halfShown = halfDoneShown(range, asOf);
  return {
    period: scope.echo,
    percentElapsed: Math.round(scope.percentElapsed * 10) / 10,
    cards: cards.map((c) => ({ ...c, halfDone: halfShown && c.halfDone })),
    doubleHalf: isWholeYear(range) ? doubleHalf(range, judgedOn, judged()) : null,
  };
}
