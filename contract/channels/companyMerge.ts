import { mergeInput, mergePreviewInput, type MergePreview, type MergeResult } from '../companyMerge/schema';
import {
  mergeTwinsInput,
  notTwinInput,
  twinListInput,
  type MergeTwinsResult,
  type TwinList,
} from '../companyMerge/twinSchema';
import { command, query } from './define';

/** 合并企业: compare two likely duplicates, then fold one into the other (undone via audit.undoBatch). */
export const companyMergeChannels = {
  'companyMerge.preview': query<MergePreview>()(mergePreviewInput),
  'companyMerge.apply': command<MergeResult>()(mergeInput),
  /** 疑似重复: pairs of existing companies that look like one firm. */
  'companyMerge.twins': query<TwinList>()(twinListInput),
  'companyMerge.notTwins': command<{ id: number }>()(notTwinInput),
  'companyMerge.applyMany': command<MergeTwinsResult>()(mergeTwinsInput),
};
