import type { Db } from '../../db/open';
import type { Actor } from '../shared/actor';
import { nowIso } from '@contract/shared/time';

export type AuditAction = 'create' | 'update' | 'delete';

export function writeAudit(
  db: Db,
  actor: Actor,
  entity: string,
  entityId: number,
  action: AuditAction,
  before: unknown,
  after: unknown,
): void {
  db.prepare(
    `INSERT INTO audit_log (at, actor, entity, entity_id, action, before, after, batch_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    nowIso(),
    actor.name,
    entity,
    entityId,
    action,
    before === undefined || before === null ? null : JSON.stringify(before),
    after === undefined || after === null ? null : JSON.stringify(after),
    actor.batchId ?? null,
  );
}

export type BatchKind = 'import' | 'merge' | 'bulk' | 'restore' | 'demo' | 'other';

/** Opens a batch so a whole import/merge/bulk edit can be listed and undone as one. */
export function openBatch(db: Db, actor: Actor, kind: BatchKind, label: string): Actor {
  const r = db
    .prepare(`INSERT INTO audit_batches (kind, label, actor, at) VALUES (?, ?, ?, ?)`)
    .run(kind, label, actor.name, nowIso());
  return { ...actor, batchId: Number(r.lastInsertRowid) };
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entityId: number;
  action: AuditAction;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  batchId: number | null;
}

export function historyOf(db: Db, entity: string, entityId: number, limit = 200): AuditEntry[] {
  const rows = db
    .prepare(
      `SELECT id, at, actor, entity, entity_id AS entityId, action, before, after, batch_id AS batchId
       FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT ?`,
    )
    .all(entity, entityId, limit) as (Omit<AuditEntry, 'before' | 'after'> & {
    before: string | null;
    after: string | null;
  })[];
  return rows.map((r) => ({
    ...r,
    before: r.before ? (JSON.parse(r.before) as Record<string, unknown>) : null,
    after: r.after ? (JSON.parse(r.after) as Record<string, unknown>) : null,
  }));
}
