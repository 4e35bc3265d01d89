import type { AuditEntryView, BatchView } from '@contract/audit/schema';

export type Undoable = { kind: 'entry'; entry: AuditEntryView } | { kind: 'batch'; batch: BatchView };

/**
 * The most recent action that can still be undone: a whole batch when the change belongs to
 * one (an import, merge or bulk edit is undone as one), else the single change. Undo actions
 * themselves are skipped, so pressing it again steps further back.
 */
export function lastUndoable(entries: AuditEntryView[], batches: BatchView[]): Undoable | null {
  const entry = entries.find((e) => e.undoable);
  const entryBatch = entry?.batch ? batches.find((b) => b.id === entry.batch?.id && b.undoable) : undefined;
  // An import records its rows as ranges, not entries: its batch may be newer than any entry.
  const batch = batches.find((b) => b.undoable);
  const fromEntry: Undoable | null = entryBatch
    ? { kind: 'batch', batch: entryBatch }
    : entry
      ? { kind: 'entry', entry }
      : null;
  const at = (u: Undoable) => (u.kind === 'batch' ? u.batch.at : u.entry.at);
  if (!fromEntry) return batch ? { kind: 'batch', batch } : null;
  return batch && at({ kind: 'batch', batch }) > at(fromEntry) ? { kind: 'batch', batch } : fromEntry;
}
