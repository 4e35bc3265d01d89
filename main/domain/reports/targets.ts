import type { Db } from '../../db/open';
import { kpis, ranking, trend } from '../indicators';
import { todayLocal } from '@contract/shared/time';
import { parseOrThrow } from '../shared/validate';
import { RANKED_INDICATORS, targetReportInput, type TargetReport } from '@contract/reports/schema';

/**
 * 目标任务完成情况 of a year, read on the statistics day: the indicators against the targets and
 * the calendar, the monthly trend and the teams ranked. A past year is read on 31 December.
 */
export function targetReport(db: Db, input: unknown): TargetReport {
  const { year, asOf: given } = parseOrThrow(targetReportInput, input);
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const today = todayLocal();
  const asOf = given ?? (today > to ? to : today);
  const period = { from, to, asOf };
  return {
    year,
    kpis: kpis(db, period),
    trend: trend(db, period),
    rankings: RANKED_INDICATORS.map((indicator) => ranking(db, { ...period, indicator })),
  };
}
