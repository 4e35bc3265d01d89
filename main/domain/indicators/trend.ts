import type { Db } from '../../db/open';
import { SIGNED_STAGES } from '@contract/targets/indicators';
import { monthsOf } from '@contract/indicators/period';
import { periodInput, type TrendResult } from '@contract/indicators/schema';
import { heldIn, rangeParams, resolveScope } from './scope';

/**
 * Month by month: signings (count, contract investment) and investment arrived, by their dates.
 * Both are summed per day, the order their date indexes give the rows in, and the days added
 * up to months here: grouped by month, SQLite sorted every row of the period first (250 ms of
 * 188,000 signings at 1,000,000 projects, against 85).
 */
export function trend(db: Db, input: unknown): TrendResult {
  const { scope } = resolveScope(db, periodInput, input);
  const { from, to, team } = rangeParams(scope);
  const signed = db
    .prepare(
      `SELECT signed_on AS day, count(*) AS n, coalesce(sum(contract_amount), 0) AS amount
       FROM projects WHERE signed_on BETWEEN @from AND @to AND ${heldIn('stage', SIGNED_STAGES)}
         AND (@team IS NULL OR team_id = @team)
       GROUP BY signed_on`,
    )
    .all({ from, to, team }) as { day: string; n: number; amount: number }[];
  const arrived = db
    .prepare(
      `SELECT a.arrived_on AS day, 0 AS n, sum(a.amount) AS amount FROM investment_arrivals a
       WHERE a.arrived_on BETWEEN @from AND @to
         AND (@team IS NULL OR a.project_id IN (SELECT id FROM projects WHERE team_id = @team))
       GROUP BY a.arrived_on`,
    )
    .all({ from, to, team }) as { day: string; n: number; amount: number }[];
  const s = byMonth(signed);
  const a = byMonth(arrived);
  const asOfMonth = scope.echo.asOf.slice(0, 7);
  return {
    period: scope.echo,
    months: monthsOf(scope.echo).map((month) => ({
      month,
      signedCount: s.get(month)?.n ?? 0,
      contractAmount: s.get(month)?.amount ?? 0,
      arrivedAmount: a.get(month)?.amount ?? 0,
      reported: month <= asOfMonth,
    })),
  };
}

function byMonth(
  days: readonly { day: string; n: number; amount: number }[],
): Map<string, { n: number; amount: number }> {
  const out = new Map<string, { n: number; amount: number }>();
  for (const { day, n, amount } of days) {
    const month = day.slice(0, 7);
    const m = out.get(month);
    if (m) {
      m.n += n;
      m.amount += amount;
    } else out.set(month, { n, amount });
  }
  return out;
}
