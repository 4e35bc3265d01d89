import { searchGlobal } from '../../domain/search';
import type { HandlerGroup } from './types';

export const searchHandlers: HandlerGroup<'search'> = {
  'search.global': ({ db }, input) => searchGlobal(db, input),
};
