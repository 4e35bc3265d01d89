import type { Db } from '../../db/open';
import type { Actor } from '../shared/actor';
import { DomainError } from '@contract/shared/errors';
import { nowIso } from '@contract/shared/time';
import { openBatch, writeAudit, type AuditAction } from '../store/audit';
import { batchRanges, recordBatchRows, type BatchRange } from '../store/batchRows';
import { auditedEntity, auditedTable } from '../registry/auditedTables';
import {
  assertNoLaterChanges,
  assertNotReferenced,
  assertRowUnchangedSince,
  assertSettingUnchanged,
  childFirstOrder,
} from './undoChecks';
import { revertEntry, type RawEntry } from './undoRevert';
import { deleteRow, fullRow } from './undoRows';
import { setSyncActor } from '../../sync/syncFunctions';

/**
 * Undo from the audit log, for any audited entity: creates are deleted, updates get their old
 * values back, deletes are re-inserted with their old id. All in one transaction, itself
 * audited as a batch that names what it reverted. Refused (CONFLICT, nothing written) when a
 * row was changed afterwards or rows to delete are still referenced by other records.
 */
export interface UndoResult {
  /** The batch holding the reverting changes. */
  undoBatchId: number;
  /** Rows put back, changed back or removed. */
  reverted: number;
}

const ACTION_LABEL: Record<AuditAction, string> = { create: '新增', update: '修改', delete: '删除' };

const ENTRY_SELECT = `SELECT id, at, actor, entity, entity_id AS entityId, action, before, after, batch_id AS batchId,
  undone_by AS undoneBy FROM audit_log`;

interface BatchRow {
  id: number;
  label: string;
  at: string;
  undoneAt: string | null;
  undoOfBatch: number | null;
  undoOfEntry: number | null;
}

function loadBatch(db: Db, batchId: number): BatchRow {
  const batch = db
    .prepare(
      `SELECT id, label, at, undone_at AS undoneAt, undo_of_batch AS undoOfBatch, undo_of_entry AS undoOfEntry
       FROM audit_batches WHERE id = ?`,
    )
    .get(batchId) as BatchRow | undefined;
  if (!batch) throw new DomainError('NOT_FOUND', `操作批次（编号 ${batchId}）不存在`);
  if (batch.undoneAt) throw new DomainError('CONFLICT', `“${batch.label}”已经撤销过了`);
  if (batch.undoOfBatch !== null || batch.undoOfEntry !== null) {
    throw new DomainError('CONFLICT', '撤销操作本身不能再撤销');
  }
  return batch;
}

function assertKnown(entities: Iterable<string>): void {
  for (const entity of entities) {
    if (entity !== 'setting' && !auditedEntity(entity)) {
      // e.g. a demo-data batch, recorded as one summary row rather than row by row.
      throw new DomainError('CONFLICT', '该操作包含无法自动撤销的内容，未作任何更改');
    }
  }
}

function startDeleting(db: Db): void {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS undo_deleting (tbl TEXT NOT NULL, id INTEGER NOT NULL,
    PRIMARY KEY (tbl, id)) WITHOUT ROWID; DELETE FROM temp.undo_deleting;`);
}

function markDeleting(db: Db, entries: RawEntry[], ranges: BatchRange[]): void {
  startDeleting(db);
  const one = db.prepare(`INSERT OR IGNORE INTO temp.undo_deleting (tbl, id) VALUES (?, ?)`);
  for (const e of entries) if (e.action === 'create') one.run(auditedEntity(e.entity)?.table, e.entityId);
  for (const r of ranges) {
    const table = auditedEntity(r.entity)?.table as string;
    db.prepare(
      `INSERT OR IGNORE INTO temp.undo_deleting (tbl, id) SELECT '${table}', id FROM ${table} WHERE id BETWEEN ? AND ?`,
    ).run(r.firstId, r.lastId);
  }
}

function assertRangesUntouched(db: Db, ranges: BatchRange[]): void {
  for (const r of ranges) {
    const ent = auditedEntity(r.entity);
    if (!ent || !('createdAt' in ent.columns && 'updatedAt' in ent.columns)) continue;
    // Writes that bypass the audit log still stamp updated_at.
    const edited = db
      .prepare(`SELECT count(*) FROM ${ent.table} WHERE id BETWEEN ? AND ? AND updated_at <> created_at`)
      .pluck()
      .get(r.firstId, r.lastId) as number;
    if (edited > 0) {
      throw new DomainError(
        'CONFLICT',
        `不能撤销：其中 ${edited} 条${ent.label}之后又被修改过。请先处理这些记录。`,
      );
    }
  }
}

/** Deletes what temp.undo_deleting lists, children before parents, auditing rows created by entries. */
function deleteMarked(db: Db, actor: Actor, entries: RawEntry[], ranges: BatchRange[]): number {
  const byTable = new Map<string, number[]>();
  for (const e of entries) {
    if (e.action !== 'create') continue;
    const table = auditedEntity(e.entity)?.table as string;
    byTable.set(table, [...(byTable.get(table) ?? []), e.entityId]);
  }
  const tables = [
    ...new Set([...byTable.keys(), ...ranges.map((r) => auditedEntity(r.entity)?.table as string)]),
  ];
  let n = 0;
  for (const table of childFirstOrder(db, tables)) {
    const ent = auditedTable(table);
    if (!ent) continue;
    for (const id of byTable.get(table) ?? []) {
      const before = fullRow(db, ent, id);
      if (!before) continue;
      deleteRow(db, ent, id);
      writeAudit(db, actor, ent.entity, id, 'delete', before, null);
      n++;
    }
    for (const r of ranges.filter((x) => x.entity === ent.entity)) {
      const ids = db
        .prepare(`SELECT id FROM ${table} WHERE id BETWEEN ? AND ?`)
        .pluck()
        .all(r.firstId, r.lastId) as number[];
      db.prepare(`DELETE FROM ${table} WHERE id BETWEEN ? AND ?`).run(r.firstId, r.lastId);
      recordBatchRows(db, actor.batchId as number, r.entity, 'delete', ids);
      n += ids.length;
    }
  }
  return n;
}

/** A foreign key broken by the undo surfaces at commit; it reaches the person as a sentence. */
function inTransaction<T>(db: Db, work: () => T): T {
  try {
    return db
      .transaction(() => {
        db.pragma('defer_foreign_keys = ON');
        return work();
      })
      .immediate();
  } catch (err) {
    if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      throw new DomainError(
        'CONFLICT',
        '不能撤销：要恢复的记录所关联的企业、项目或人员已不存在，未作任何更改',
      );
    }
    throw err;
  }
}

function markUndone(db: Db, undoBatchId: number, entryIds: number[]): void {
  const mark = db.prepare(`UPDATE audit_log SET undone_by = ? WHERE id = ?`);
  for (const id of entryIds) mark.run(undoBatchId, id);
}

export function undoBatch(db: Db, actor: Actor, batchId: number): UndoResult {
  setSyncActor(db, actor.name);
  return inTransaction(db, () => {
    const batch = loadBatch(db, batchId);
    const entries = db
      .prepare(`${ENTRY_SELECT} WHERE batch_id = ? AND undone_by IS NULL ORDER BY id`)
      .all(batchId) as RawEntry[];
    const ranges = batchRanges(db, batchId).filter((r) => r.action === 'create');
    assertKnown([...entries.map((e) => e.entity), ...ranges.map((r) => r.entity)]);
    assertNoLaterChanges(db, batchId, batch.at);
    assertRangesUntouched(db, ranges);
    markDeleting(db, entries, ranges);
    assertNotReferenced(db);

    const undoActor = openBatch(db, actor, 'other', `撤销：${batch.label}`);
    const undoBatchId = undoActor.batchId as number;
    db.prepare(`UPDATE audit_batches SET undo_of_batch = ? WHERE id = ?`).run(batchId, undoBatchId);
    let reverted = 0;
    for (const e of [...entries].reverse()) reverted += revertEntry(db, undoActor, e);
    reverted += deleteMarked(db, undoActor, entries, ranges);
    markUndone(
      db,
      undoBatchId,
      entries.map((e) => e.id),
    );
    db.prepare(`UPDATE audit_batches SET undone_at = ? WHERE id = ?`).run(nowIso(), batchId);
    return { undoBatchId, reverted };
  });
}

export function undoEntry(db: Db, actor: Actor, auditLogId: number): UndoResult {
  return inTransaction(db, () => {
    const e = db.prepare(`${ENTRY_SELECT} WHERE id = ?`).get(auditLogId) as RawEntry | undefined;
    if (!e) throw new DomainError('NOT_FOUND', `修改记录（编号 ${auditLogId}）不存在`);
    if (e.undoneBy !== null) throw new DomainError('CONFLICT', '这条修改已经撤销过了');
    if (e.batchId !== null) {
      const b = db
        .prepare(
          `SELECT undo_of_batch IS NOT NULL OR undo_of_entry IS NOT NULL FROM audit_batches WHERE id = ?`,
        )
        .pluck()
        .get(e.batchId) as number;
      if (b) throw new DomainError('CONFLICT', '撤销操作本身不能再撤销');
    }
    assertKnown([e.entity]);
    if (e.entity === 'setting') {
      const key = (JSON.parse(e.after ?? e.before ?? '{}') as { key?: string }).key ?? '';
      assertSettingUnchanged(db, key, e.id);
    } else {
      assertRowUnchangedSince(db, e.entity, e.entityId, e.id);
    }
    markDeleting(db, [e], []);
    assertNotReferenced(db);

    const label = auditedEntity(e.entity)?.label ?? '设置';
    const undoActor = openBatch(
      db,
      actor,
      'other',
      `撤销：${ACTION_LABEL[e.action]}${label}（编号 ${e.entityId}）`,
    );
    const undoBatchId = undoActor.batchId as number;
    db.prepare(`UPDATE audit_batches SET undo_of_entry = ? WHERE id = ?`).run(e.id, undoBatchId);
    const reverted = revertEntry(db, undoActor, e) + deleteMarked(db, undoActor, [e], []);
    markUndone(db, undoBatchId, [e.id]);
    return { undoBatchId, reverted };
  });
}
