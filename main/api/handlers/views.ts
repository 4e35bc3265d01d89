import { deleteView, listViews, saveView } from '../../domain/views';
import type { HandlerGroup } from './types';

export const viewHandlers: HandlerGroup<'views'> = {
  'views.list': ({ db }, input) => listViews(db, input),
  'views.save': ({ db, actor }, input) => saveView(db, actor, input),
  'views.delete': ({ db, actor }, { id }) => {
    deleteView(db, actor, id);
    return null;
  },
};
