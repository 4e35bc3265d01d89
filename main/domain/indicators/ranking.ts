import type { Db } from '../../db/open';
import { INDICATORS } from '@contract/targets/indicators';
import { annualTargets } from './kpis';
import { periodTarget, readProgress } from '@contract/indicators/progress';
import { rankingInput, type RankingResult, type RankingRow } from '@contract/indicators/schema';
import { resolveScope } from './scope';
import { indicatorByTeam } from './values';

/**
 * 月排名: the promotion teams (小分队, 专班, and any team given a target) on one indicator.
 * With targets they rank by share of their own target done, so a small team is not ranked by
 * size; teams without a target follow, by value.
 */
export function ranking(db: Db, input: unknown): RankingResult {
  const { scope, data } = resolveScope(db, rankingInput, input);
  const code = data.indicator;
  const { measure } = INDICATORS[code];
  const range = { from: scope.echo.from, to: scope.echo.to };
  const teams = db
    .prepare(
      `SELECT id, name FROM teams t WHERE active = 1 AND (kind IN ('squad', 'taskforce') OR EXISTS (
         SELECT 1 FROM targets g WHERE g.team_id = t.id AND g.indicator = @code
           AND g.year BETWEEN @fromYear AND @toYear))
       ORDER BY name`,
    )
    .all({
      code,
      fromYear: Number(range.from.slice(0, 4)),
      toYear: Number(range.to.slice(0, 4)),
    }) as { id: number; name: string }[];
  const values = indicatorByTeam(db, scope, code);
  // A team with no records has nothing to sum, 0; a rate with nothing to rate has no value.
  const none = code === 'serviceClosureRate' ? null : 0;
  const rows = teams.map((t): Omit<RankingRow, 'rank'> => {
    const teamScope = { ...scope, teamId: t.id };
    const value = values.get(t.id)?.value ?? none;
    const annual = annualTargets(db, teamScope);
    const target = periodTarget(measure, range, (year) => annual(code, year));
    const { percentDone, behind } = readProgress(measure, value, target, scope.percentElapsed);
    return { teamId: t.id, teamName: t.name, value, target, percentDone, behind };
  });
  rows.sort(
    (a, b) =>
      (b.percentDone ?? -1) - (a.percentDone ?? -1) ||
      (b.value ?? -1) - (a.value ?? -1) ||
      a.teamName.localeCompare(b.teamName, 'zh-CN'),
  );
  return {
    period: scope.echo,
    indicator: code,
    percentElapsed: Math.round(scope.percentElapsed * 10) / 10,
    rows: rows.map((r, i) => ({ rank: i + 1, ...r })),
  };
}
