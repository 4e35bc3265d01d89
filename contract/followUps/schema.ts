import { z } from 'zod';
import type { IssueCategory } from '../serviceIssues/schema';
import type { ProjectStage } from '../projects/pipelineStages';

/** 工作台's list of what is due: follow-ups of projects and next steps agreed in meetings. */
export const followUpsInput = z.strictObject({
  limit: z.number().int().min(1).max(200).default(30),
});
export type FollowUpsInput = z.input<typeof followUpsInput>;

export interface FollowUpItem {
  /** A project's 下次跟进, or the 下一步 of a meeting record. */
  source: 'project' | 'interaction';
  /** The project's id, or the interaction's. */
  id: number;
  projectId: number | null;
  projectName: string | null;
  stage: ProjectStage | null;
  companyId: number | null;
  companyName: string | null;
  /** What is to be done (跟进事项 / 下一步). */
  note: string | null;
  dueOn: string;
  /** 0 = due today. */
  daysOverdue: number;
  ownerName: string | null;
}

export interface OverdueIssue {
  id: number;
  companyId: number | null;
  companyName: string | null;
  projectName: string | null;
  category: IssueCategory;
  description: string;
  dueOn: string;
  daysOverdue: number;
  ownerName: string | null;
}

export interface FollowUpCounts {
  today: number;
  overdue: number;
  /** 企业诉求 past their 办结时限 and not closed. */
  overdueIssues: number;
}

export interface FollowUpList {
  /** The office's day the list was made for. */
  today: string;
  counts: FollowUpCounts;
  /** Due today, then the most recently missed first. */
  dueToday: FollowUpItem[];
  overdue: FollowUpItem[];
  overdueIssues: OverdueIssue[];
}
