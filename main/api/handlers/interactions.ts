import {
  createInteraction,
  deleteInteraction,
  getInteraction,
  listInteractions,
  updateInteraction,
} from '../../domain/interactions';
import type { HandlerGroup } from './types';

export const interactionHandlers: HandlerGroup<'interactions'> = {
  'interactions.list': ({ db }, q) => listInteractions(db, q),
  'interactions.get': ({ db }, { id }) => getInteraction(db, id),
  'interactions.create': ({ db, actor }, input) => createInteraction(db, actor, input),
  'interactions.update': ({ db, actor }, input) => updateInteraction(db, actor, input),
  'interactions.delete': ({ db, actor }, { id }) => {
    deleteInteraction(db, actor, id);
    return null;
  },
};
