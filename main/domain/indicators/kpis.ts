import type { Db } from '../../db/open';
import { INDICATOR_CODES, INDICATORS, type IndicatorCode } from '../targets/indicators';
import { doubleHalf, periodTarget, readProgress } from './progress';
import { periodInput, type KpiCard, type KpiResult } from './schema';
import { resolveScope, type Scope } from './scope';
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

/** The KPI cards of the dashboard: value, period target, progress against time, 双过半. */
export function kpis(db: Db, input: unknown): KpiResult {
  const { scope } = resolveScope(db, periodInput, input);
  const values = indicatorValues(db, scope);
  const annual = annualTargets(db, scope);
  const range = { from: scope.echo.from, to: scope.echo.to };
  const cards: KpiCard[] = INDICATOR_CODES.map((code) => {
    const { name, unit, measure, definition } = INDICATORS[code];
    const { value, parts } = values[code];
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
  return {
    period: scope.echo,
    percentElapsed: Math.round(scope.percentElapsed * 10) / 10,
    cards,
    doubleHalf: doubleHalf(range, scope.echo.asOf, cards),
  };
}
