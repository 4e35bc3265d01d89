import {
  createCompany,
  deleteCompany,
  findSimilarCompanies,
  getCompany,
  listCompanies,
  updateCompany,
} from '../../domain/companies';
import { companyStory } from '../../domain/companyStory/story';
import type { HandlerGroup } from './types';

export const companyHandlers: HandlerGroup<'companies'> = {
  'companies.list': ({ db }, q) => listCompanies(db, q),
  'companies.get': ({ db }, { id }) => getCompany(db, id),
  'companies.story': ({ db }, { id }) => companyStory(db, id),
  'companies.similar': ({ db }, { name, exceptId }) => findSimilarCompanies(db, name, exceptId),
  'companies.create': ({ db, actor }, input) => createCompany(db, actor, input),
  'companies.update': ({ db, actor }, input) => updateCompany(db, actor, input),
  'companies.delete': ({ db, actor }, { id }) => {
    deleteCompany(db, actor, id);
    return null;
  },
};
