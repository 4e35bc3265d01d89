import {
  createReception,
  deleteReception,
  getReception,
  listReceptions,
  receptionTotals,
  updateReception,
} from '../../domain/receptions';
import type { HandlerGroup } from './types';

export const receptionHandlers: HandlerGroup<'receptions'> = {
  'receptions.list': ({ db }, q) => listReceptions(db, q),
  'receptions.get': ({ db }, { id }) => getReception(db, id),
  'receptions.create': ({ db, actor }, input) => createReception(db, actor, input),
  'receptions.update': ({ db, actor }, input) => updateReception(db, actor, input),
  'receptions.delete': ({ db, actor }, { id }) => {
    deleteReception(db, actor, id);
    return null;
  },
  'receptions.totals': ({ db }, input) => receptionTotals(db, input),
};
