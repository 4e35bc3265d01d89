import { mergeCompanies, mergePreview } from '../../domain/companyMerge/merge';
import { listTwins, markNotTwins, mergeTwins } from '../../domain/companyMerge/twins';
import type { HandlerGroup } from './types';

export const companyMergeHandlers: HandlerGroup<'companyMerge'> = {
  'companyMerge.preview': ({ db }, input) => mergePreview(db, input),
  'companyMerge.apply': ({ db, actor }, input) => mergeCompanies(db, actor, input),
  'companyMerge.twins': ({ db }, input) => listTwins(db, input),
  'companyMerge.notTwins': ({ db, actor }, input) => markNotTwins(db, actor, input),
  'companyMerge.applyMany': ({ db, actor }, input) => mergeTwins(db, actor, input),
};
