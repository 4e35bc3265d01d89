import type { Db } from '../../db/open';
import { SIGNED_STAGES } from '@contract/targets/indicators';
import { monthsOf } from '@contract/indicators/period';
import { periodInput, type TrendResult } from '@contract/indicators/schema';
import { heldIn, rangeParams, resolveScope } from './scope';

/** Month by month: signings (count, contract investment) and investment arrived, by their dates. */
export function trend(db: Db, input: unknown): TrendResult {
  const { scope } = resolveScope(db, periodInput, input);
  const { from, to, team } = rangeParams(scope);
  const signed = db
    .prepare(
      `SELECT substr(signed_on, 1, 7) AS month, count(*) AS n, coalesce(sum(contract_amount), 0) AS amount
       FROM projects WHERE signed_on BETWEEN @from AND @to AND ${heldIn('stage', SIGNED_STAGES)}
         AND (@team IS NULL OR team_id = @team)
       GROUP BY month`,
    )
    .all({ from, to, team }) as { month: string; n: number; amount: number }[];
  const arrived = db
    .prepare(
      `SELECT substr(a.arrived_on, 1, 7) AS month, sum(a.amount) AS amount FROM investment_arrivals a
       WHERE a.arrived_on BETWEEN @from AND @to
         AND (@team IS NULL OR a.project_id IN (SELECT id FROM projects WHERE team_id = @team))
       GROUP BY month`,
    )
    .all({ from, to, team }) as { month: string; amount: number }[];
  const s = new Map(signed.map((r) => [r.month, r]));
  const a = new Map(arrived.map((r) => [r.month, r.amount]));
  const asOfMonth = scope.echo.asOf.slice(0, 7);
  return {
    period: scope.echo,
    months: monthsOf(scope.echo).map((month) => ({
      month,
      signedCount: s.get(month)?.n ?? 0,
      contractAmount: s.get(month)?.amount ?? 0,
      arrivedAmount: a.get(month) ?? 0,
      reported: month <= asOfMonth,
    })),
  };
}
