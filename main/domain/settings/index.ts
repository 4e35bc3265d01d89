import type { Db } from '../../db/open';
import type { Actor } from '../shared/actor';
import { nowIso } from '@contract/shared/time';
import { parseOrThrow } from '../shared/validate';
import { writeAudit } from '../store/audit';
import {
  SETTING_KEYS,
  settingDefaults,
  settingSchemas,
  settingSet,
  type Settings,
} from '@contract/settings/schema';

/**
 * Every known setting, defaults filled in. A stored value that no longer fits its schema
 * (written by another version) falls back to the default instead of breaking the app.
 */
export function getSettings(db: Db): Settings {
  const stored = new Map(
    (db.prepare(`SELECT key, value FROM settings`).all() as { key: string; value: string }[]).map((r) => [
      r.key,
      r.value,
    ]),
  );
  const result: Record<string, unknown> = { ...settingDefaults() };
  for (const key of SETTING_KEYS) {
    const raw = stored.get(key);
    if (raw === undefined) continue;
    const parsed = settingSchemas[key].safeParse(JSON.parse(raw));
    if (parsed.success) result[key] = parsed.data;
  }
  return result as Settings;
}

export function setSetting(db: Db, actor: Actor, input: unknown): Settings {
  const { key, value } = parseOrThrow(settingSet, input);
  const json = JSON.stringify(value);
  return db
    .transaction(() => {
      const old = db.prepare(`SELECT value FROM settings WHERE key = ?`).get(key) as
        { value: string } | undefined;
      if (old?.value === json) return getSettings(db);
      db.prepare(
        `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      ).run(key, json, nowIso());
      // Settings have no numeric id; the key travels in before/after instead.
      writeAudit(
        db,
        actor,
        'setting',
        0,
        old ? 'update' : 'create',
        old ? { key, value: JSON.parse(old.value) as unknown } : null,
        { key, value },
      );
      return getSettings(db);
    })
    .immediate();
}
