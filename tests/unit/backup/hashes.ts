import { createHash } from 'node:crypto';
import type { Db } from '../../../main/db/open';
import { KEPT_BY_RESTORE } from '../../../main/sync/restoreChanges';

/** One hash per table over all its rows (order-independent): equal hashes, equal data. */
export function tableHashes(db: Db): Record<string, string> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((t) => {
      const rows = (db.prepare(`SELECT * FROM "${t}"`).all() as unknown[])
        .map((r) => JSON.stringify(r))
        .sort();
      return [t, createHash('sha256').update(rows.join('\n')).digest('hex').slice(0, 16)];
    }),
  );
}

/**
 * The hashes a restore brings back: all but the team-sync bookkeeping, which stays this laptop's
 * own (its identity, and its change log with the restore added to it).
 */
export const restoredHashes = (db: Db): Record<string, string> =>
  Object.fromEntries(Object.entries(tableHashes(db)).filter(([t]) => !KEPT_BY_RESTORE.has(t)));
