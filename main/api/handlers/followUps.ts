import { followUpCounts, listFollowUps } from '../../domain/followUps';
import type { HandlerGroup } from './types';

export const followUpHandlers: HandlerGroup<'followUps'> = {
  'followUps.list': ({ db }, input) => listFollowUps(db, input),
  'followUps.count': ({ db }) => followUpCounts(db),
};
