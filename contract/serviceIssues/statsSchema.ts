import { z } from 'zod';

/** 办结率 and 平均办结天数 for the 企业诉求 page header, optionally for issues reported in one year. */
export const issueStatsInput = z.strictObject({
  year: z.number().int().min(2000, '年份无效').max(2100, '年份无效').optional(),
});
export type IssueStatsInput = z.input<typeof issueStatsInput>;

export interface IssueStats {
  total: number;
  open: number;
  inProgress: number;
  closed: number;
  /** Not closed and past 办结时限 (the office's today). */
  overdue: number;
  /** closed / total, 0–1; null when there are no issues. */
  closureRate: number | null;
  /** Mean days from 反映日期 to 办结日期 over closed issues; null when none is closed. */
  avgDaysToClose: number | null;
}
