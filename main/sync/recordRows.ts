import type { Db } from '../db/open';
import { recordUnrecordedSql } from '../db/migrations/012_sync';
import { syncedTableNames } from './syncedTables';

/**
 * Records, as changes of this device stamped with one clock reading, every synced row the log
 * does not know yet. Bulk writers that insert with capture off (demo data: rows written children
 * before parents, which a per-row trigger would record with empty references) call it once at
 * the end, inside their transaction.
 */
export function recordUnrecordedRows(db: Db): void {
  const hlc = db.prepare(`SELECT sync_hlc((SELECT max(hlc) FROM sync_changes)) AS h`).pluck().get() as string;
  for (const table of syncedTableNames()) db.exec(recordUnrecordedSql(table, hlc));
}
