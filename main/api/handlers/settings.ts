import { getSettings, setSetting } from '../../domain/settings';
import type { HandlerGroup } from '.';

export const settingHandlers: HandlerGroup<'settings'> = {
  'settings.get': ({ db }) => getSettings(db),
  'settings.set': ({ db, actor }, input) => setSetting(db, actor, input),
};
