import { z } from 'zod';
import { id } from '../shared/fields';

/** One company of a 疑似重复 pair, with what a person weighs before merging. */
export interface TwinSide {
  id: number;
  name: string;
  creditCode: string | null;
  hqAdcode: number | null;
  industry: string | null;
  projects: number;
  contacts: number;
  createdAt: string;
}

export interface TwinPair {
  /** The lower id first. */
  a: TwinSide;
  b: TwinSide;
  /** Both carry a 统一社会信用代码 and they differ: likely two legal entities after all. */
  codesDiffer: boolean;
}

export interface TwinList {
  pairs: TwinPair[];
  /** All pairs found (the list shows the first TWIN_LIST_LIMIT). */
  total: number;
}

export const TWIN_LIST_LIMIT = 500;

export const twinListInput = z.strictObject({});

const pairIds = z
  .strictObject({ keepId: id('保留的企业'), dropId: id('并入的企业') })
  .refine((p) => p.keepId !== p.dropId, { message: '请选择两家不同的企业进行合并' });

/** 不是重复: the pair stops being proposed. */
export const notTwinInput = z
  .strictObject({ aId: id('企业'), bId: id('企业') })
  .refine((p) => p.aId !== p.bId, { message: '请选择两家不同的企业' });

/** 批量合并: each pair's `dropId` goes into its `keepId`, every pair or none. */
export const mergeTwinsInput = z.strictObject({
  pairs: z
    .array(pairIds)
    .min(1, '请至少选择一对企业')
    .max(TWIN_LIST_LIMIT, `一次最多合并 ${TWIN_LIST_LIMIT} 对`),
});

export interface MergeTwinsResult {
  /** Companies merged away (a pair whose two sides were already one is skipped). */
  merged: number;
  contactsFolded: number;
  /** One audit batch for the lot: undoing it splits every pair again. */
  batchId: number;
}
