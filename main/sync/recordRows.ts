import type { Db } from '../db/open';
import { fillGidsSql, recordUnrecordedSql } from '../db/migrations/012_sync';
import { syncedSpec, syncedTableNames } from './syncedTables';

/**
 * Records, as changes of this device stamped with one clock reading, every synced row the log
 * does not know yet. Bulk writers that insert with capture off (demo data: rows written children
 * before parents, which a per-row trigger would record with empty references) call it once at
 * the end, inside their transaction. `gidPrefix` gives rows gids made from their ids instead of
 * random ones: demo data of one seed then means the same rows on every laptop that loads it.
 */
export function recordUnrecordedRows(db: Db, gidPrefix?: string): void {
  const hlc = db.prepare(`SELECT sync_hlc((SELECT max(hlc) FROM sync_changes)) AS h`).pluck().get() as string;
  const tables = syncedTableNames();
  for (const table of tables) {
    const spec = syncedSpec(table)!;
    if (gidPrefix && !spec.join && !spec.naturalGid) {
      db.prepare(`UPDATE ${table} SET gid = ? || id WHERE gid IS NULL`).run(`${gidPrefix}${table}-`);
    }
    db.exec(fillGidsSql(table));
  }
  for (const table of tables) db.exec(recordUnrecordedSql(table, hlc));
}
