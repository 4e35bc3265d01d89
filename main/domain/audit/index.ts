import type { Db } from '../../db/open';
import type { Page } from '@contract/shared/listQuery';
import { parseOrThrow } from '../shared/validate';
import { createdByBatch } from '../store/batchRows';
import { auditedEntity } from '../registry/auditedTables';
import { NAME_FIELDS, refNames } from './refNames';
import {
  batchesInput,
  historyInput,
  recentInput,
  type AuditEntryView,
  type BatchView,
  type RecordHistory,
} from '@contract/audit/schema';

/**
 * The audit log read back for people: one record's history, the latest changes across the
 * database, and the batches (imports, merges, bulk edits) that can be undone as one.
 */

const ENTRY_COLUMNS = `a.id, a.at, a.actor, a.entity, a.entity_id AS entityId, a.action, a.before, a.after,
  a.undone_by AS undoneBy, b.id AS batchId, b.kind AS batchKind, b.label AS batchLabel,
  (b.undo_of_batch IS NOT NULL OR b.undo_of_entry IS NOT NULL) AS isUndo,
  CASE WHEN a.device IS NULL OR a.device = (SELECT device FROM sync_self) THEN NULL
       ELSE coalesce(p.name, a.device) END AS deviceName`;
// A change made on another laptop names it as this one knows it (its id once it is no longer trusted).
const ENTRY_FROM = `FROM audit_log a LEFT JOIN audit_batches b ON b.id = a.batch_id
  LEFT JOIN sync_peers p ON p.device = a.device`;

interface EntryRow {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entityId: number;
  action: AuditEntryView['action'];
  before: string | null;
  after: string | null;
  undoneBy: number | null;
  batchId: number | null;
  batchKind: string | null;
  batchLabel: string | null;
  isUndo: number | null;
  deviceName: string | null;
}

/** The kinds of record undo can revert (mirrors undo.ts, which checks again when asked). */
const undoKnows = (entity: string): boolean => entity === 'setting' || auditedEntity(entity) !== undefined;
const parse = (json: string | null) => (json ? (JSON.parse(json) as Record<string, unknown>) : null);

function recordName(
  db: Db,
  row: EntryRow,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): string | null {
  if (row.entity === 'setting') return String((after ?? before)?.key ?? '') || null;
  const ent = auditedEntity(row.entity);
  const field = ent && NAME_FIELDS.find((f) => Object.hasOwn(ent.columns, f));
  if (!ent || !field) return null;
  // Table and column come from the registry, never from input.
  const current = db
    .prepare(`SELECT ${ent.columns[field]} FROM ${ent.table} WHERE id = ?`)
    .pluck()
    .get(row.entityId);
  const value = current ?? after?.[field] ?? before?.[field];
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, 60) : null;
}

function toView(db: Db, row: EntryRow): AuditEntryView {
  const before = parse(row.before);
  const after = parse(row.after);
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    entity: row.entity,
    entityLabel: row.entity === 'setting' ? '设置' : (auditedEntity(row.entity)?.label ?? row.entity),
    entityId: row.entityId,
    // A bookkeeping entry (e.g. demo data) names no record of its own: its batch says what it was.
    recordName: recordName(db, row, before, after) ?? (undoKnows(row.entity) ? null : row.batchLabel),
    action: row.action,
    before,
    after,
    names: refNames(db, [before, after]),
    batch:
      row.batchId === null
        ? null
        : { id: row.batchId, kind: row.batchKind as BatchView['kind'], label: row.batchLabel ?? '' },
    undone: row.undoneBy !== null,
    isUndo: row.isUndo === 1,
    undoable: row.undoneBy === null && row.isUndo !== 1 && undoKnows(row.entity),
    deviceName: row.deviceName,
  };
}

const HISTORY_LIMIT = 500;

export function recordHistory(db: Db, input: unknown): RecordHistory {
  const { entity, id } = parseOrThrow(historyInput, input);
  const rows = db
    .prepare(
      `SELECT ${ENTRY_COLUMNS} ${ENTRY_FROM} WHERE a.entity = ? AND a.entity_id = ? ORDER BY a.id DESC LIMIT ?`,
    )
    .all(entity, id, HISTORY_LIMIT) as EntryRow[];
  const created = createdByBatch(db, entity, id);
  return {
    entries: rows.map((r) => toView(db, r)),
    createdBy: created
      ? {
          batchId: created.batchId,
          kind: created.kind,
          label: created.label,
          actor: created.actor,
          at: created.at,
        }
      : null,
  };
}

export function recentChanges(db: Db, input: unknown): Page<AuditEntryView> {
  const { offset, limit, entity } = parseOrThrow(recentInput, input);
  const where = entity === undefined ? '' : 'WHERE a.entity = ?';
  const params = entity === undefined ? [] : [entity];
  const total = db
    .prepare(`SELECT count(*) FROM audit_log a ${where}`)
    .pluck()
    .get(...params) as number;
  const rows = db
    .prepare(`SELECT ${ENTRY_COLUMNS} ${ENTRY_FROM} ${where} ORDER BY a.id DESC LIMIT ? OFFSET ?`)
    .all(...params, limit, offset) as EntryRow[];
  return { rows: rows.map((r) => toView(db, r)), total };
}

export function listBatches(db: Db, input: unknown): Page<BatchView> {
  const { offset, limit } = parseOrThrow(batchesInput, input);
  const total = db.prepare(`SELECT count(*) FROM audit_batches`).pluck().get() as number;
  const rows = db
    .prepare(
      `SELECT b.id, b.kind, b.label, b.actor, b.at, b.undone_at AS undoneAt,
         (b.undo_of_batch IS NOT NULL OR b.undo_of_entry IS NOT NULL) AS isUndo,
         (SELECT count(*) FROM audit_log a WHERE a.batch_id = b.id AND a.entity <> 'demo')
           + coalesce((SELECT sum(r.last_id - r.first_id + 1) FROM audit_batch_rows r WHERE r.batch_id = b.id), 0)
           -- Demo data logs one entry with its totals instead of one per row.
           + coalesce((SELECT sum(c.value) FROM audit_log a, json_each(a.after, '$.counts') c
                       WHERE a.batch_id = b.id AND a.entity = 'demo'), 0)
           AS rows
       FROM audit_batches b ORDER BY b.id DESC LIMIT ? OFFSET ?`,
    )
    .all(limit, offset) as (Omit<BatchView, 'isUndo' | 'undoable'> & { isUndo: number })[];
  const entitiesOf = db.prepare(
    `SELECT entity FROM audit_log WHERE batch_id = ? UNION SELECT entity FROM audit_batch_rows WHERE batch_id = ?`,
  );
  return {
    rows: rows.map((r) => ({
      ...r,
      isUndo: r.isUndo === 1,
      undoable:
        r.undoneAt === null &&
        r.isUndo !== 1 &&
        (entitiesOf.pluck().all(r.id, r.id) as string[]).every(undoKnows),
    })),
    total,
  };
}
