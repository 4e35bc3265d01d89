import { z } from 'zod';
import {
  interactionCreate,
  interactionListQuery,
  interactionUpdate,
  type InteractionDetail,
  type InteractionRow,
} from '../interactions/schema';
import { id } from '../shared/fields';
import type { Page } from '../shared/listQuery';
import { command, query } from './define';

const interactionId = z.strictObject({ id: id('记录编号') });

export const interactionChannels = {
  'interactions.list': query<Page<InteractionRow>>()(interactionListQuery),
  'interactions.get': query<InteractionDetail>()(interactionId),
  'interactions.create': command<InteractionDetail>()(interactionCreate),
  'interactions.update': command<InteractionDetail>()(interactionUpdate),
  'interactions.delete': command<null>()(interactionId),
};
