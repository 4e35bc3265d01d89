import { mergeCompanies, mergePreview } from '../../domain/companies/merge';
import type { HandlerGroup } from '.';

export const companyMergeHandlers: HandlerGroup<'companyMerge'> = {
  'companyMerge.preview': ({ db }, input) => mergePreview(db, input),
  'companyMerge.apply': ({ db, actor }, input) => mergeCompanies(db, actor, input),
};
