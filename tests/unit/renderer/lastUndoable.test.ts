import { describe, expect, it } from 'vitest';
import type { AuditEntryView, BatchView } from '@contract/audit/schema';
import { lastUndoable } from '../../../renderer/src/pages/history/lastUndoable';

const entry = (id: number, at: string, more: Partial<AuditEntryView> = {}): AuditEntryView => ({
  id,
  at,
  actor: '张科长',
  entity: 'company',
  entityLabel: '企业',
  entityId: id,
  recordName: `企业${id}`,
  action: 'update',
  before: {},
  after: {},
  names: {},
  batch: null,
  undone: false,
  isUndo: false,
  undoable: true,
  deviceName: null,
  ...more,
});
const batch = (id: number, at: string, more: Partial<BatchView> = {}): BatchView => ({
  id,
  kind: 'import',
  label: `导入 ${id}`,
  actor: '张科长',
  at,
  rows: 10,
  undoneAt: null,
  isUndo: false,
  undoable: true,
  ...more,
});

describe('撤销最近一次操作 picks', () => {
  it('the newest single change when it belongs to no batch', () => {
    const u = lastUndoable([entry(3, '2024-05-03'), entry(2, '2024-05-02')], [batch(1, '2024-05-01')]);
    expect(u).toMatchObject({ kind: 'entry', entry: { id: 3 } });
  });

  it('the whole batch when the newest change is part of a bulk edit', () => {
    const bulk = batch(7, '2024-05-03', { kind: 'bulk' });
    const u = lastUndoable([entry(3, '2024-05-03', { batch: { id: 7, kind: 'bulk', label: 'x' } })], [bulk]);
    expect(u).toEqual({ kind: 'batch', batch: bulk });
  });

  it('an import newer than any single change, though it has no entries of its own', () => {
    const u = lastUndoable([entry(3, '2024-05-01')], [batch(9, '2024-05-04')]);
    expect(u).toMatchObject({ kind: 'batch', batch: { id: 9 } });
  });

  it('skips undo actions and what undo cannot handle, and says when nothing is left', () => {
    const u = lastUndoable(
      [entry(5, '2024-05-05', { isUndo: true, undoable: false }), entry(4, '2024-05-04')],
      [batch(2, '2024-05-06', { kind: 'demo', undoable: false })],
    );
    expect(u).toMatchObject({ kind: 'entry', entry: { id: 4 } });
    expect(lastUndoable([entry(1, '2024-05-01', { undone: true, undoable: false })], [])).toBeNull();
  });
});
