import type { Db } from '../../db/open';
import { DomainError } from '@contract/shared/errors';
import { auditedEntity, auditedTable, OWNED_TABLES } from '../registry/auditedTables';

/**
 * The two reasons an undo is refused: someone changed the rows afterwards, or rows the undo
 * would delete are still used by records the undone work did not create.
 */

// Changes made by an undo, or already reverted, are not "later changes" to the rows.
const COUNTS_AS_CHANGE = `a.undone_by IS NULL
  AND (a.batch_id IS NULL OR NOT EXISTS (SELECT 1 FROM audit_batches u WHERE u.id = a.batch_id
       AND (u.undo_of_batch IS NOT NULL OR u.undo_of_entry IS NOT NULL)))`;

interface LaterChange {
  entity: string;
  entityId: number;
  actor: string;
  at: string;
}

function refuseLater(change: LaterChange | undefined): void {
  if (!change) return;
  const label = auditedEntity(change.entity)?.label ?? '记录';
  const when = change.at.slice(0, 16).replace('T', ' ');
  throw new DomainError(
    'CONFLICT',
    `不能撤销：${label}（编号 ${change.entityId}）之后又被“${change.actor}”于 ${when}（UTC）修改过。请先撤销之后的修改，或手工调整。`,
  );
}

/** Later changes to any row this batch wrote (entries in audit_log or rows recorded as ranges). */
export function assertNoLaterChanges(db: Db, batchId: number, batchAt: string): void {
  refuseLater(
    db
      .prepare(
        `WITH mine AS (
           SELECT entity, entity_id, max(id) AS last FROM audit_log
           WHERE batch_id = ? AND undone_by IS NULL AND entity <> 'setting' GROUP BY entity, entity_id)
         SELECT a.entity, a.entity_id AS entityId, a.actor, a.at FROM mine m
         JOIN audit_log a ON a.entity = m.entity AND a.entity_id = m.entity_id AND a.id > m.last
         WHERE ${COUNTS_AS_CHANGE} ORDER BY a.id LIMIT 1`,
      )
      .get(batchId) as LaterChange | undefined,
  );
  refuseLater(
    db
      .prepare(
        `SELECT a.entity, a.entity_id AS entityId, a.actor, a.at FROM audit_batch_rows r
         JOIN audit_log a ON a.entity = r.entity AND a.entity_id BETWEEN r.first_id AND r.last_id
         WHERE r.batch_id = ? AND r.action = 'create' AND a.at >= ? AND (a.batch_id IS NOT ?)
           AND ${COUNTS_AS_CHANGE} ORDER BY a.id LIMIT 1`,
      )
      .get(batchId, batchAt, batchId) as LaterChange | undefined,
  );
  // Settings have no row id: a setting is identified by its key.
  const keys = db
    .prepare(
      `SELECT json_extract(coalesce(after, before), '$.key') AS key, max(id) AS last FROM audit_log
       WHERE batch_id = ? AND undone_by IS NULL AND entity = 'setting' GROUP BY key`,
    )
    .all(batchId) as { key: string; last: number }[];
  for (const k of keys) assertSettingUnchanged(db, k.key, k.last);
}

export function assertSettingUnchanged(db: Db, key: string, afterId: number): void {
  const later = db
    .prepare(
      `SELECT a.entity, a.entity_id AS entityId, a.actor, a.at FROM audit_log a
       WHERE a.entity = 'setting' AND a.id > ? AND json_extract(coalesce(a.after, a.before), '$.key') = ?
         AND ${COUNTS_AS_CHANGE} LIMIT 1`,
    )
    .get(afterId, key) as LaterChange | undefined;
  if (later) throw new DomainError('CONFLICT', `不能撤销：设置“${key}”之后又被“${later.actor}”修改过`);
}

/** Later changes to one row after a given audit entry. */
export function assertRowUnchangedSince(db: Db, entity: string, entityId: number, afterId: number): void {
  refuseLater(
    db
      .prepare(
        `SELECT a.entity, a.entity_id AS entityId, a.actor, a.at FROM audit_log a
         WHERE a.entity = ? AND a.entity_id = ? AND a.id > ? AND ${COUNTS_AS_CHANGE} ORDER BY a.id LIMIT 1`,
      )
      .get(entity, entityId, afterId) as LaterChange | undefined,
  );
}

interface ForeignKey {
  child: string;
  column: string;
  parent: string;
}

function foreignKeys(db: Db): ForeignKey[] {
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .pluck()
    .all() as string[];
  return tables.flatMap((child) =>
    (db.pragma(`foreign_key_list("${child}")`) as { table: string; from: string }[]).map((fk) => ({
      child,
      column: fk.from,
      parent: fk.table,
    })),
  );
}

const hasIdColumn = (db: Db, table: string): boolean =>
  (db.pragma(`table_info("${table}")`) as { name: string; pk: number }[]).some(
    (c) => c.name === 'id' && c.pk === 1,
  );

/**
 * Rows about to be deleted are listed in temp.undo_deleting(tbl, id). Refuses when any other row
 * still points at one of them: deleting would cascade into, or blank out, records nobody asked to undo.
 */
export function assertNotReferenced(db: Db): void {
  const deleting = new Set(
    db.prepare(`SELECT DISTINCT tbl FROM temp.undo_deleting`).pluck().all() as string[],
  );
  for (const fk of foreignKeys(db)) {
    if (!deleting.has(fk.parent)) continue;
    const owned = OWNED_TABLES[fk.child];
    if (owned && owned.column === fk.column) continue;
    const targets = `SELECT id FROM temp.undo_deleting WHERE tbl = '${fk.parent}'`;
    let sql = `SELECT count(*) FROM "${fk.child}" c WHERE c."${fk.column}" IN (${targets})`;
    if (owned) {
      sql += ` AND c."${owned.column}" NOT IN (SELECT id FROM temp.undo_deleting WHERE tbl = '${owned.owner}')`;
    } else if (hasIdColumn(db, fk.child)) {
      sql += ` AND c.id NOT IN (SELECT id FROM temp.undo_deleting WHERE tbl = '${fk.child}')`;
    }
    const n = db.prepare(sql).pluck().get() as number;
    if (n > 0) {
      const child = auditedTable(owned?.owner ?? fk.child)?.label ?? '其他记录';
      const parent = auditedTable(fk.parent)?.label ?? '记录';
      throw new DomainError(
        'CONFLICT',
        `不能撤销：之后新增或修改的 ${n} 条${child}仍关联着要删除的${parent}。请先处理这些${child}。`,
      );
    }
  }
}

/** Tables in an order where every table comes before the tables it references (delete order). */
export function childFirstOrder(db: Db, tables: readonly string[]): string[] {
  const fks = foreignKeys(db);
  const wanted = new Set(tables);
  const done: string[] = [];
  const visit = (t: string, path: Set<string>): void => {
    if (done.includes(t) || path.has(t)) return;
    path.add(t);
    for (const fk of fks)
      if (fk.parent === t && wanted.has(fk.child) && fk.child !== t) visit(fk.child, path);
    path.delete(t);
    done.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return done;
}
