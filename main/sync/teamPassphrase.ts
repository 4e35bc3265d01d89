import type { Db } from '../db/open';
import { nowIso } from '@contract/shared/time';
import { teamPassphraseInput } from '@contract/sync/schema';
import { parseOrThrow } from '../domain/shared/validate';

/**
 * The 团队同步口令, the same on every laptop of the team: 同步包 are encrypted with it on export
 * and opened with it on import. Kept in this ledger's settings table (this laptop's own, never
 * synced), so it is as encrypted as the ledger is; written around setSetting, which would copy it
 * into the 操作记录. Clearing it overwrites the row (secure_delete).
 */
const KEY = 'teamSyncPassphrase';

export const teamPassphrase = (db: Db): string | null => {
  const raw = db.prepare(`SELECT value FROM settings WHERE key = ?`).pluck().get(KEY) as string | undefined;
  const value: unknown = raw === undefined ? null : JSON.parse(raw);
  return typeof value === 'string' && value ? value : null;
};

export function setTeamPassphrase(db: Db, input: unknown): void {
  const { passphrase } = parseOrThrow(teamPassphraseInput, input);
  db.transaction(() => {
    db.prepare(
      `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    ).run(KEY, JSON.stringify(passphrase), nowIso());
  }).immediate();
}

export function clearTeamPassphrase(db: Db): void {
  db.transaction(() => {
    db.prepare(`DELETE FROM settings WHERE key = ?`).run(KEY);
  }).immediate();
}
