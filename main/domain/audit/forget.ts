import type { Db } from '../../db/open';
import type { Actor } from '../shared/actor';
import { writeAudit, openBatch } from '../store/audit';

/**
 * Audit entries that once held a record's content are gone for good: SQLite's secure_delete
 * (main/db/open.ts) zeroes the freed pages in the file, and a TRUNCATE checkpoint empties the
 * WAL, which still holds the old page images until then. Runs after the deleting transaction.
 */
export function wipeFreedPages(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/**
 * The trace of a forgetting: who removed how many entries and of what kind of record, and
 * nothing of what they said — keeping the content would defeat the removal.
 */
export function recordForgetting(
  db: Db,
  actor: Actor,
  label: string,
  entityId: number,
  facts: Record<string, string | number>,
): void {
  const batch = openBatch(db, actor, 'other', label);
  writeAudit(db, batch, 'forgotten', entityId, 'delete', facts, null);
}
