import type { Db } from '../../db/open';
import { prepareCached } from '../../db/statements';
import type { Actor } from '../shared/actor';
import { settingSchemas } from '@contract/settings/schema';

/**
 * Who the audit log names for a change made on this machine: the 当前用户 chosen in 设置 (an
 * office laptop is often shared, and its login name says nothing), else the login name. Read
 * on every call, so a change of the setting takes effect with the next write.
 */
export function actingAs(db: Db, loginName: string): Actor {
  const raw = prepareCached(db, `SELECT value FROM settings WHERE key = 'currentUser'`, {
    pluck: true,
  }).get() as string | undefined;
  if (raw === undefined) return { name: loginName };
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    return { name: loginName };
  }
  const parsed = settingSchemas.currentUser.safeParse(stored);
  return { name: (parsed.success && parsed.data) || loginName };
}
