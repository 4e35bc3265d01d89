import type { Db } from '../../db/open';
import { todayLocal } from '@contract/shared/time';
import { parseOrThrow } from '../shared/validate';
import { issueStatsInput, type IssueStats } from '@contract/serviceIssues/statsSchema';

/**
 * The figures the office reports ("搜集整理…事项77件，办结77件"): how many, how many closed, and how
 * fast. A year counts the issues reported in it, wherever they stand now.
 */
export function serviceIssueStats(db: Db, input: unknown, today = todayLocal()): IssueStats {
  const { year } = parseOrThrow(issueStatsInput, input);
  const r = db
    .prepare(
      `SELECT count(*) AS total,
         coalesce(sum(status = 'open'), 0) AS open,
         coalesce(sum(status = 'in_progress'), 0) AS inProgress,
         coalesce(sum(status = 'closed'), 0) AS closed,
         coalesce(sum(status <> 'closed' AND due_on IS NOT NULL AND due_on < @today), 0) AS overdue,
         avg(CASE WHEN status = 'closed' THEN julianday(closed_on) - julianday(reported_on) END) AS avgDays
       FROM service_issues
       WHERE @from IS NULL OR reported_on BETWEEN @from AND @to`,
    )
    .get({ today, from: year ? `${year}-01-01` : null, to: `${year ?? ''}-12-31` }) as Omit<
    IssueStats,
    'closureRate' | 'avgDaysToClose'
  > & {
    avgDays: number | null;
  };
  const { avgDays, ...counts } = r;
  return {
    ...counts,
    closureRate: r.total > 0 ? r.closed / r.total : null,
    avgDaysToClose: avgDays === null ? null : Math.round(avgDays * 10) / 10,
  };
}
