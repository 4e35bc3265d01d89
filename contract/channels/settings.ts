import { z } from 'zod';
import { settingSet, type Settings } from '../settings/schema';
import { command, query } from './define';

export const settingChannels = {
  'settings.get': query<Settings>()(z.strictObject({})),
  'settings.set': command<Settings>()(settingSet),
};
