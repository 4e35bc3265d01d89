// Pure: the kanban page imports the query shape and the card type.
import { FIELD_NAMES as F } from '../shared/glossary';
import { z } from 'zod';
import { enumOf, flag, optionalId, optionalText } from '../shared/fields';
import type { KeyLevel } from './schema';
import { PROJECT_STAGES, type ProjectStage } from './pipelineStages';

export const BOARD_PAGE_MAX = 100;

const count = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label}应为数字` })
    .int(`${label}应为整数`)
    .min(min, `${label}不能小于${min}`)
    .max(max, `${label}不能大于${max}`);

/**
 * One board: per-stage totals over every matching project, but only the first `perColumn`
 * cards of each column. With `stage` set it answers one column's "more" from `offset`.
 */
export const boardQuery = z.strictObject({
  ownerId: optionalId('负责人'),
  teamId: optionalId(F.project.teamId),
  industry: optionalText('行业', 50),
  /** 终止 is off the pipeline and hidden unless asked for. */
  includeDropped: flag(),
  perColumn: count('每列显示数量', 1, BOARD_PAGE_MAX).default(20),
  stage: enumOf(PROJECT_STAGES, '项目阶段').optional(),
  offset: count('起始位置', 0, 10_000_000).default(0),
});
export type BoardQuery = z.input<typeof boardQuery>;

export interface BoardCard {
  id: number;
  name: string;
  stage: ProjectStage;
  companyName: string | null;
  /** 合同投资额 once there is one, else 计划投资; yuan. */
  amount: number | null;
  ownerName: string | null;
  keyLevel: KeyLevel | null;
  daysInStage: number;
  nextFollowUpOn: string | null;
}

export interface BoardColumn {
  stage: ProjectStage;
  /** Matching projects in this stage, all of them, not just the cards sent. */
  count: number;
  /** Sum of the cards' amounts over all matching projects in this stage, yuan. */
  amount: number;
  cards: BoardCard[];
}

export interface Board {
  columns: BoardColumn[];
  /** Industries in use, for the filter; empty on a one-column "more" answer. */
  industries: string[];
}
