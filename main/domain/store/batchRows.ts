import type { Db } from '../../db/open';

/**
 * Rows a batch created or an undo deleted, stored as id ranges per entity (audit_batch_rows):
 * an import of 100 000 rows writes a few ranges instead of 100 000 audit_log rows.
 */
export interface BatchRange {
  entity: string;
  action: 'create' | 'delete';
  firstId: number;
  lastId: number;
}

/** Compresses ids into runs of consecutive numbers (ids of one transaction usually are one run). */
export function toRanges(ids: readonly number[]): [number, number][] {
  const sorted = [...ids].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const id of sorted) {
    const last = runs[runs.length - 1];
    if (last && id <= last[1] + 1) last[1] = Math.max(last[1], id);
    else runs.push([id, id]);
  }
  return runs;
}

export function recordBatchRows(
  db: Db,
  batchId: number,
  entity: string,
  action: BatchRange['action'],
  ids: readonly number[],
): void {
  const add = db.prepare(
    `INSERT INTO audit_batch_rows (batch_id, entity, action, first_id, last_id) VALUES (?, ?, ?, ?, ?)`,
  );
  for (const [first, last] of toRanges(ids)) add.run(batchId, entity, action, first, last);
}

export function batchRanges(db: Db, batchId: number): BatchRange[] {
  return db
    .prepare(
      `SELECT entity, action, first_id AS firstId, last_id AS lastId
       FROM audit_batch_rows WHERE batch_id = ? ORDER BY id`,
    )
    .all(batchId) as BatchRange[];
}

export interface CreatedBy {
  batchId: number;
  kind: string;
  label: string;
  actor: string;
  at: string;
  undoneAt: string | null;
}

/**
 * The batch that created a row recorded only as a range (no 'create' entry in audit_log):
 * a history view shows "导入：xxx.xlsx" as the row's first event.
 */
export function createdByBatch(db: Db, entity: string, id: number): CreatedBy | undefined {
  return db
    .prepare(
      `SELECT b.id AS batchId, b.kind, b.label, b.actor, b.at, b.undone_at AS undoneAt
       FROM audit_batch_rows r JOIN audit_batches b ON b.id = r.batch_id
       WHERE r.entity = ? AND r.action = 'create' AND ? BETWEEN r.first_id AND r.last_id
       ORDER BY r.id DESC LIMIT 1`,
    )
    .get(entity, id) as CreatedBy | undefined;
}
