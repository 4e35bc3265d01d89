import { z } from 'zod';
import { enumOf, id, isoDate, optionalDate, optionalId, requiredText } from '../shared/fields';

export const ISSUE_CATEGORIES = [
  'water',
  'power',
  'road',
  'network',
  'approval',
  'labour',
  'finance',
  'other',
] as const;
export type IssueCategory = (typeof ISSUE_CATEGORIES)[number];
export const ISSUE_CATEGORY_LABELS: Record<IssueCategory, string> = {
  water: '水',
  power: '电',
  road: '路',
  network: '网',
  approval: '审批',
  labour: '用工',
  finance: '融资',
  other: '其他',
};

export const ISSUE_STATUSES = ['open', 'in_progress', 'closed'] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];
export const ISSUE_STATUS_LABELS: Record<IssueStatus, string> = {
  open: '待办',
  in_progress: '办理中',
  closed: '已办结',
};

export const DUE_BEFORE_REPORTED = '办结时限不能早于反映日期';

// Closing needs a resolution and a date, so it has its own command; edits only move open <-> in progress.
const OPEN_STATUSES = ['open', 'in_progress'] as const;

export const issueFields = {
  companyId: optionalId('企业'),
  projectId: optionalId('项目'),
  category: enumOf(ISSUE_CATEGORIES, '诉求类别'),
  description: requiredText('诉求内容', 2000),
  reportedOn: isoDate('反映日期'),
  ownerId: optionalId('责任人'),
  dueOn: optionalDate('办结时限'),
  status: enumOf(OPEN_STATUSES, '办理状态').optional(),
};

export const issueCreate = z
  .strictObject(issueFields)
  .refine((i) => !i.dueOn || i.dueOn >= i.reportedOn, { message: DUE_BEFORE_REPORTED, path: ['dueOn'] });
export type IssueCreate = z.input<typeof issueCreate>;

export const issueUpdate = z.strictObject({
  id: id('诉求编号'),
  patch: z.strictObject(issueFields).partial(),
});
export type IssueUpdate = z.input<typeof issueUpdate>;

export const issueClose = z.strictObject({
  id: id('诉求编号'),
  resolution: requiredText('办理结果', 4000),
  closedOn: isoDate('办结日期'),
});
export type IssueClose = z.input<typeof issueClose>;

export interface ServiceIssue {
  id: number;
  companyId: number | null;
  projectId: number | null;
  category: IssueCategory;
  description: string;
  reportedOn: string;
  ownerId: number | null;
  dueOn: string | null;
  status: IssueStatus;
  resolution: string | null;
  closedOn: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ServiceIssueRow extends ServiceIssue {
  companyName: string | null;
  projectName: string | null;
  ownerName: string | null;
  /** Not closed and past its due date (the office's today). */
  overdue: boolean;
}
