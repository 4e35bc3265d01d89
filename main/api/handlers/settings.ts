import { pruneAudit } from '../../domain/audit/retention';
import { getSettings, setSetting } from '../../domain/settings';
import type { HandlerGroup } from './types';

export const settingHandlers: HandlerGroup<'settings'> = {
  'settings.get': ({ db }) => getSettings(db),
  'settings.set': ({ db, actor }, input) => {
    const settings = setSetting(db, actor, input);
    // A shorter retention applies at once, not only at the next start.
    if (input.key === 'auditRetentionMonths') pruneAudit(db, actor);
    return settings;
  },
};
