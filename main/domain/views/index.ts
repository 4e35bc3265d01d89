import type { Db } from '../../db/open';
import type { Actor } from '../shared/actor';
import { DomainError } from '@contract/shared/errors';
import { parseOrThrow } from '../shared/validate';
import { defineTable } from '../store/table';
import { viewList, viewSave, type SavedView, type ViewGrid } from '@contract/views/schema';

type StoredView = Omit<SavedView, 'state'> & { state: string };

export const savedViews = defineTable<StoredView>({
  table: 'saved_views',
  entity: 'savedView',
  label: '视图',
  columns: {
    id: 'id',
    grid: 'grid',
    name: 'name',
    state: 'state',
    builtin: 'builtin',
    createdAt: 'created_at',
    updatedAt: 'updated_at',
  },
  booleans: ['builtin'],
});

const toView = (v: StoredView): SavedView => ({
  ...v,
  state: JSON.parse(v.state) as Record<string, unknown>,
});

function byName(db: Db, grid: ViewGrid, name: string): StoredView | undefined {
  const row = db.prepare(`SELECT id FROM saved_views WHERE grid = ? AND name = ?`).get(grid, name) as
    { id: number } | undefined;
  return row ? savedViews.get(db, row.id) : undefined;
}

/** Built-in views first (they are the defaults people start from), then by name. */
export function listViews(db: Db, input: unknown): SavedView[] {
  const { grid } = parseOrThrow(viewList, input);
  return (
    db
      .prepare(
        `SELECT ${savedViews.selectList} FROM saved_views WHERE grid = ? ORDER BY builtin DESC, name, id`,
      )
      .all(grid) as Record<string, unknown>[]
  ).map((r) => toView(savedViews.fromDb(r)));
}

export function saveView(db: Db, actor: Actor, input: unknown): SavedView {
  const { grid, name, state, id } = parseOrThrow(viewSave, input);
  const json = JSON.stringify(state);
  return db
    .transaction(() => {
      const same = byName(db, grid, name);
      if (id === undefined) {
        if (same) return toView(savedViews.update(db, actor, same.id, { state: json }));
        return toView(savedViews.insert(db, actor, { grid, name, state: json, builtin: false }));
      }
      const view = savedViews.require(db, id);
      if (view.grid !== grid)
        throw new DomainError('VALIDATION', '该视图不属于这个表格', { grid: '表格不匹配' });
      if (view.builtin && view.name !== name) {
        throw new DomainError('FORBIDDEN', '内置视图不能重命名，可另存为新视图', {
          name: '内置视图不能重命名',
        });
      }
      if (same && same.id !== id) {
        throw new DomainError('CONFLICT', `已有名为“${name}”的视图`, { name: '已有同名视图' });
      }
      return toView(savedViews.update(db, actor, id, { name, state: json }));
    })
    .immediate();
}

export function deleteView(db: Db, actor: Actor, id: number): void {
  db.transaction(() => {
    if (savedViews.require(db, id).builtin) throw new DomainError('FORBIDDEN', '内置视图不能删除');
    savedViews.remove(db, actor, id);
  }).immediate();
}

/** Installs a shipped default view once; an existing view of that name is left as the user has it. */
export function ensureBuiltinView(
  db: Db,
  actor: Actor,
  view: { grid: ViewGrid; name: string; state: Record<string, unknown> },
): SavedView {
  return db
    .transaction(() => {
      const existing = byName(db, view.grid, view.name);
      if (existing) return toView(existing);
      return toView(
        savedViews.insert(db, actor, {
          grid: view.grid,
          name: view.name,
          state: JSON.stringify(view.state),
          builtin: true,
        }),
      );
    })
    .immediate();
}
