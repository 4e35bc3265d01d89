import type { Db } from '../../db/open';
import { SYSTEM, type Actor } from '../shared/actor';
import { now } from '@contract/shared/clock';
import { openBatch } from '../store/audit';
import { attachmentsDir } from '.';
import { removeStored, storedHashes } from './fileStore';
import { OWNER_KINDS } from '@contract/attachments/schema';
import { attachments, OWNER_TABLES } from './table';

/**
 * How long a deleted attachment (or the attachments of a deleted record) can still be brought
 * back with 撤销: its file is kept this long after the deletion. After that the cleanup that runs
 * after each start removes the rows of records that are gone and the files nothing refers to.
 */
export const ATTACHMENT_UNDO_DAYS = 30;

const cutoffOf = (at: Date): string =>
  new Date(at.getTime() - ATTACHMENT_UNDO_DAYS * 86_400_000).toISOString();

/**
 * The hashes the database still needs: those of its attachments, and those of attachments
 * deleted since `since` (the undo window) whose deletion has not been undone: an undo would
 * bring them back. Backups carry the same set.
 */
export function heldHashes(db: Db, since: string = cutoffOf(now())): Set<string> {
  const hasTable = db.prepare(`SELECT 1 FROM sqlite_schema WHERE name = 'attachments'`).get();
  if (!hasTable) return new Set();
  const hashes = db
    .prepare(
      `SELECT hash FROM attachments
       UNION SELECT json_extract(before, '$.hash') FROM audit_log
       WHERE entity = 'attachment' AND action = 'delete' AND undone_by IS NULL AND at >= ?`,
    )
    .pluck()
    .all(since) as (string | null)[];
  return new Set(hashes.filter((h): h is string => typeof h === 'string'));
}

export interface CleanupResult {
  /** Attachment rows of records deleted more than ATTACHMENT_UNDO_DAYS ago. */
  rows: number;
  /** Files no row and no recent deletion refers to. */
  files: number;
}

/** Attachments whose record is gone and was not deleted within the undo window. */
function orphanIds(db: Db, cutoff: string): number[] {
  return OWNER_KINDS.flatMap(
    (kind) =>
      db
        .prepare(
          `SELECT a.id FROM attachments a
           WHERE a.owner_kind = ? AND NOT EXISTS (SELECT 1 FROM ${OWNER_TABLES[kind]} o WHERE o.id = a.owner_id)
             AND NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.entity = a.owner_kind AND l.entity_id = a.owner_id
                               AND l.action = 'delete' AND l.undone_by IS NULL AND l.at >= ?)`,
        )
        .pluck()
        .all(kind, cutoff) as number[],
  );
}

export function cleanupAttachments(db: Db, actor: Actor = SYSTEM, at: Date = now()): CleanupResult {
  const cutoff = cutoffOf(at);
  const rows = db
    .transaction(() => {
      const ids = orphanIds(db, cutoff);
      if (ids.length === 0) return 0;
      // Audited like any deletion: the files stay for another undo window.
      const batch = openBatch(db, actor, 'other', `清理已删除记录的附件（${ids.length} 个）`);
      for (const id of ids) attachments.remove(db, batch, id);
      return ids.length;
    })
    .immediate();
  const dir = attachmentsDir(db);
  const held = heldHashes(db, cutoff);
  let files = 0;
  for (const hash of storedHashes(dir)) {
    if (held.has(hash)) continue;
    removeStored(dir, hash);
    files++;
  }
  return { rows, files };
}

/** The cleanup after each start: a failure waits for the next start, never stops the app. */
export function cleanupAttachmentsAfterStart(db: Db): void {
  try {
    cleanupAttachments(db);
  } catch (err) {
    console.warn('附件清理未完成，下次启动时再试', err);
  }
}
