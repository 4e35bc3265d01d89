import {
  mergeInput,
  mergePreviewInput,
  type MergePreview,
  type MergeResult,
} from '../../domain/companies/mergeSchema';
import { command, query } from './define';

/** 合并企业: compare two likely duplicates, then fold one into the other (undone via audit.undoBatch). */
export const companyMergeChannels = {
  'companyMerge.preview': query<MergePreview>()(mergePreviewInput),
  'companyMerge.apply': command<MergeResult>()(mergeInput),
};
