import type { AuditEntryView, BatchView } from '../../../../main/domain/audit/schema';

export type Undoable = { kind: 'entry'; entry: AuditEntryView } | { kind: 'batch'; batch: BatchView };

/**
 * The most recent action that can still be undone: a whole batch when the change belongs to
 * one (an import, merge or bulk edit is undone as one), else the single change. Undo actions
 * themselves are skipped, so pressing it again steps further back.
 */
export function lastUndoable(entries: AuditEntryView[], batches: BatchView[]): Undoable | null {
  const batchById = new Map(batches.map((b) => [b.id, b]));
  const entry = entries.find((e) => !e.undone && !e.isUndo);
  const batch = batches.find((b) => !b.undoneAt && !b.isUndo);
  const entryBatch = entry?.batch ? batchById.get(entry.batch.id) : undefined;
  if (entry && entryBatch) return { kind: 'batch', batch: entryBatch };
  if (entry && (!batch || entry.at >= batch.at)) return { kind: 'entry', entry };
  return batch ? { kind: 'batch', batch } : null;
}
