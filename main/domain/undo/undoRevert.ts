import type { Db } from '../../db/open';
import { assertAttachmentRestorable } from '../attachments/undoGuard';
import { recordStage } from '../projects/stageChange';
import type { ProjectStage } from '@contract/projects/pipelineStages';
import type { Actor } from '../shared/actor';
import { DomainError } from '@contract/shared/errors';
import { nowIso, todayLocal } from '@contract/shared/time';
import { writeAudit, type AuditAction } from '../store/audit';
import { auditedEntity, type AuditedEntity } from '../registry/auditedTables';
import { firstDifference, insertRow, knownFields, readRow, updateRow, type Values } from './undoRows';

/** One audit_log row as stored (before/after still JSON text). */
export interface RawEntry {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entityId: number;
  action: AuditAction;
  before: string | null;
  after: string | null;
  batchId: number | null;
  undoneBy: number | null;
}

const parse = (json: string | null): Values | null => (json ? (JSON.parse(json) as Values) : null);

const changedSince = (ent: AuditedEntity, id: number): DomainError =>
  new DomainError(
    'CONFLICT',
    `不能撤销：${ent.label}（编号 ${id}）的当前内容与记录不一致，可能已被其他操作修改`,
  );

/** The state must be exactly what the entry produced; anything else means someone got there first. */
function assertState(db: Db, ent: AuditedEntity, id: number, expected: Values): void {
  const fields = knownFields(ent, expected);
  const current = readRow(db, ent, id, fields);
  if (!current || firstDifference(current, expected, fields) !== null) throw changedSince(ent, id);
}

function pick(values: Values, fields: string[]): Values {
  return Object.fromEntries(fields.map((f) => [f, values[f] ?? null]));
}

/** A stage put back by undo is a stage entered again: the history says so. */
function noteStageRevert(db: Db, actor: Actor, id: number, from: Values, to: Values): void {
  if (to.stage === undefined || to.stage === from.stage) return;
  recordStage(db, actor, id, from.stage as ProjectStage, to.stage as ProjectStage, todayLocal(), '撤销操作');
}

function revertSetting(db: Db, actor: Actor, e: RawEntry): number {
  const before = parse(e.before) as { key: string; value: unknown } | null;
  const after = parse(e.after) as { key: string; value: unknown } | null;
  const key = (after ?? before)?.key as string;
  const stored = db.prepare(`SELECT value FROM settings WHERE key = ?`).pluck().get(key) as
    string | undefined;
  if ((stored ?? null) !== (after ? JSON.stringify(after.value) : null)) {
    throw new DomainError('CONFLICT', `不能撤销：设置“${key}”的当前值与记录不一致`);
  }
  if (before) {
    db.prepare(
      `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    ).run(key, JSON.stringify(before.value), nowIso());
  } else {
    db.prepare(`DELETE FROM settings WHERE key = ?`).run(key);
  }
  writeAudit(db, actor, 'setting', 0, before ? 'update' : 'delete', after, before);
  return 1;
}

/**
 * Reverts one entry, except that rows a create made are only checked here: they are deleted
 * afterwards, together and children first (see undo.ts). Returns the rows changed now.
 */
export function revertEntry(db: Db, actor: Actor, e: RawEntry): number {
  if (e.entity === 'setting') return revertSetting(db, actor, e);
  const ent = auditedEntity(e.entity) as AuditedEntity;
  const before = parse(e.before);
  const after = parse(e.after);
  if (e.action === 'create') {
    assertState(db, ent, e.entityId, after ?? {});
    return 0;
  }
  if (e.action === 'update') {
    const fields = knownFields(ent, { ...before, ...after });
    assertState(db, ent, e.entityId, pick(after ?? {}, fields));
    const restore = pick(before ?? {}, fields);
    updateRow(db, ent, e.entityId, restore);
    writeAudit(db, actor, e.entity, e.entityId, 'update', pick(after ?? {}, fields), restore);
    if (e.entity === 'project') noteStageRevert(db, actor, e.entityId, after ?? {}, restore);
    return 1;
  }
  if (readRow(db, ent, e.entityId, [])) {
    throw new DomainError('CONFLICT', `不能恢复：${ent.label}编号 ${e.entityId} 已被新记录占用`);
  }
  if (e.entity === 'attachment') assertAttachmentRestorable(db.name, before ?? {});
  insertRow(db, ent, e.entityId, before ?? {});
  writeAudit(db, actor, e.entity, e.entityId, 'create', null, before);
  return 1;
}
