// Pure: the project drawer imports the query shape and the entry types.
import { z } from 'zod';
import type { InteractionKind } from '../interactions/kinds';
import type { IssueCategory, IssueStatus } from '../serviceIssues/schema';
import { id } from '../shared/fields';
import type { Page } from '../shared/listQuery';
import type { ProjectStage } from './pipelineStages';

export const TIMELINE_KINDS = ['interaction', 'stage', 'arrival', 'issue', 'edit'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const timelineQuery = z.strictObject({
  id: id('项目编号'),
  /** Only these kinds; all when absent. */
  kinds: z
    .array(z.enum(TIMELINE_KINDS, { error: '动态类型无效' }), { error: '动态类型应为列表' })
    .min(1, '请至少选择一种动态')
    .max(TIMELINE_KINDS.length, '动态类型重复')
    .optional(),
  offset: z.number({ error: '起始位置应为数字' }).int().min(0).max(10_000_000).default(0),
  limit: z
    .number({ error: '每页数量应为数字' })
    .int()
    .min(1, '每页至少1条')
    .max(200, '每页最多200条')
    .default(30),
});
export type TimelineQuery = z.input<typeof timelineQuery>;

interface Base {
  /** Id in the entry's own table (interactions, stage history, arrivals, issues, audit log). */
  id: number;
  /** The day it happened, YYYY-MM-DD: what the timeline is ordered by, newest first. */
  on: string;
  /** When it was written down (UTC timestamp): orders entries of the same day. */
  at: string;
}

export interface TimelineInteraction extends Base {
  kind: 'interaction';
  interactionKind: InteractionKind;
  place: string | null;
  summary: string;
  stickingPoints: string | null;
  promises: string | null;
  nextStep: string | null;
  nextStepOn: string | null;
  staffNames: string | null;
  contactNames: string | null;
  theirAttendeesText: string | null;
  createdBy: string;
}

export interface TimelineStage extends Base {
  kind: 'stage';
  /** null on the first row: the stage the project was entered at. */
  fromStage: ProjectStage | null;
  toStage: ProjectStage;
  reason: string | null;
  actor: string;
}

export interface TimelineArrival extends Base {
  kind: 'arrival';
  amount: number;
  note: string | null;
}

export interface TimelineIssue extends Base {
  kind: 'issue';
  category: IssueCategory;
  description: string;
  status: IssueStatus;
  closedOn: string | null;
  resolution: string | null;
  ownerName: string | null;
}

/** A change of the project's own fields (audit log), stage moves excepted: those are `stage` entries. */
export interface TimelineEdit extends Base {
  kind: 'edit';
  actor: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

export type TimelineEntry =
  TimelineInteraction | TimelineStage | TimelineArrival | TimelineIssue | TimelineEdit;

export interface TimelinePage extends Page<TimelineEntry> {
  /** Entries of each kind over the whole timeline, whatever `kinds` selected. */
  counts: Record<TimelineKind, number>;
}
