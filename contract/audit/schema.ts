import { z } from 'zod';
import { id } from '../shared/fields';

/**
 * Reading the audit log (操作记录) and asking for an undo. Pure: the renderer imports the types.
 * Entity names are the audit log's own (company, project, setting ...), bound as parameters only.
 */
const entityName = z.string().regex(/^[A-Za-z][A-Za-z_]{0,39}$/, '记录类型无效');

export const historyInput = z.strictObject({
  entity: entityName,
  /** Settings are logged with id 0 and identified by their key. */
  id: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});

export const recentInput = z.strictObject({
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(200).default(50),
  entity: entityName.optional(),
});

export const batchesInput = z.strictObject({
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(200).default(50),
});

export const undoEntryInput = z.strictObject({ id: id('修改记录编号') });
export const undoBatchInput = z.strictObject({ batchId: id('操作批次编号') });

export type AuditAction = 'create' | 'update' | 'delete';
export type BatchKind = 'import' | 'merge' | 'bulk' | 'restore' | 'demo' | 'other';

/** One audit entry as people read it: who, when, which record, what it was before and after. */
export interface AuditEntryView {
  id: number;
  at: string;
  actor: string;
  entity: string;
  /** Chinese noun for the entity (企业, 项目 ...), from the main side's table definitions. */
  entityLabel: string;
  entityId: number;
  /** The record's name as it is now (or was, when deleted), for lists across records. */
  recordName: string | null;
  action: AuditAction;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** Names of the records that id fields point at: field -> id -> name (absent when deleted). */
  names: Record<string, Record<string, string>>;
  batch: { id: number; kind: BatchKind; label: string } | null;
  /** Set when an undo has reverted this change. */
  undone: boolean;
  /** This entry was itself written by an undo; such entries cannot be undone again. */
  isUndo: boolean;
  /** Worth offering 撤销: not undone, not an undo, and of a kind undo knows (the undo still checks). */
  undoable: boolean;
  /** The laptop the change was made on when it came in a 同步包; null when made on this one. */
  deviceName: string | null;
}

export interface BatchView {
  id: number;
  kind: BatchKind;
  label: string;
  actor: string;
  at: string;
  /** Rows the batch wrote: logged entries plus rows recorded as id ranges (imports). */
  rows: number;
  undoneAt: string | null;
  /** This batch is itself an undo. */
  isUndo: boolean;
  /** Worth offering 撤销整批 (e.g. not for demo data, which undo does not handle). */
  undoable: boolean;
}

export interface RecordHistory {
  entries: AuditEntryView[];
  /** When the record came in with a bulk import (no per-row entry): that batch. */
  createdBy: { batchId: number; kind: string; label: string; actor: string; at: string } | null;
}

/** What an undo reports (main/domain/undo/undo.ts UndoResult, restated here for the renderer). */
export interface UndoOutcome {
  /** The batch holding the reverting changes. */
  undoBatchId: number;
  /** Rows put back, changed back or removed. */
  reverted: number;
}

export type HistoryInput = z.input<typeof historyInput>;
export type RecentInput = z.input<typeof recentInput>;
export type BatchesInput = z.input<typeof batchesInput>;

/** 彻底删除: a deleted record's whole history, by the audit log's name for it. */
export const purgeInput = z.strictObject({ entity: entityName, id: id('记录编号') });

export interface PurgeOutcome {
  /** History entries removed. */
  removed: number;
}
