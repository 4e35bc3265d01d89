import { searchGlobal } from '../../domain/search';
import type { HandlerGroup } from '.';

export const searchHandlers: HandlerGroup<'search'> = {
  'search.global': ({ db }, input) => searchGlobal(db, input),
};
