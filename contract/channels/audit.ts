import {
  batchesInput,
  historyInput,
  purgeInput,
  recentInput,
  undoBatchInput,
  undoEntryInput,
  type AuditEntryView,
  type BatchView,
  type PurgeOutcome,
  type RecordHistory,
  type UndoOutcome,
} from '../audit/schema';
import type { Page } from '../shared/listQuery';
import { command, query } from './define';

/** 操作记录: reading the audit log, and undoing one change or one whole batch. */
export const auditChannels = {
  'audit.history': query<RecordHistory>()(historyInput),
  'audit.recent': query<Page<AuditEntryView>>()(recentInput),
  'audit.batches': query<Page<BatchView>>()(batchesInput),
  'audit.undoEntry': command<UndoOutcome>()(undoEntryInput),
  'audit.undoBatch': command<UndoOutcome>()(undoBatchInput),
  /** 彻底删除: a deleted record's whole history; cannot be undone. */
  'audit.purgeHistory': command<PurgeOutcome>()(purgeInput),
};
