import { copyTargets, deleteTarget, listTargets, setTarget } from '../../domain/targets';
import type { HandlerGroup } from './types';

export const targetHandlers: HandlerGroup<'targets'> = {
  'targets.list': ({ db }, input) => listTargets(db, input),
  'targets.copy': ({ db, actor }, input) => copyTargets(db, actor, input),
  'targets.set': ({ db, actor }, input) => setTarget(db, actor, input),
  'targets.delete': ({ db, actor }, { id }) => {
    deleteTarget(db, actor, id);
    return null;
  },
};
