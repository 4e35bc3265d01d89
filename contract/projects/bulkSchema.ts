import { FIELD_NAMES as F } from '../shared/glossary';
import { z } from 'zod';
import { flag, id, optionalDate, optionalId, optionalText } from '../shared/fields';
import { stageField } from './schema';

const ids = z.array(id('项目编号')).min(1, '请先选择项目').max(5000, '一次最多修改5000个项目');

/** Reassigning a whole squad's projects after a reshuffle: owner and/or team, nothing else. */
export const bulkUpdate = z.strictObject({
  ids,
  patch: z
    .strictObject({ ownerId: optionalId('负责人'), teamId: optionalId(F.project.teamId) })
    .refine((p) => p.ownerId !== undefined || p.teamId !== undefined, '请选择要修改的负责人或小分队'),
});
export type BulkUpdate = z.input<typeof bulkUpdate>;

export const bulkStage = z.strictObject({
  ids,
  stage: stageField,
  on: optionalDate('变更日期'),
  reason: optionalText('原因', 500),
  /** To 签约 in bulk: one amount cannot fit many projects, so those without one are marked unknown. */
  contractAmountUnknown: flag(),
});
export type BulkStage = z.input<typeof bulkStage>;

export interface BulkResult {
  batchId: number;
  changed: number;
  /** Already in the target stage: left alone rather than failing the whole batch. */
  unchanged: number;
}
