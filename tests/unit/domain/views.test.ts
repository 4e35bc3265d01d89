import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import { historyOf } from '../../../main/domain/store/audit';
import { deleteView, ensureBuiltinView, listViews, saveView } from '../../../main/domain/views';
import { actor } from './fixtures-trips';
import { rowCount, ctx, domainError, freshDb } from '../testDb';

const state = {
  columns: ['name', 'stage'],
  sort: [{ col: 'stage', dir: 'asc' }],
  filters: { stage: { type: 'set', values: ['signed'] } },
};

describe('saved grid views', () => {
  it('saves, overwrites by grid and name, renames and deletes', () => {
    const db = freshDb();
    const v = saveView(db, actor, { grid: 'projects', name: '已签约', state });
    expect(v).toMatchObject({ grid: 'projects', name: '已签约', builtin: false, state });
    const again = saveView(db, actor, { grid: 'projects', name: '已签约', state: { columns: ['name'] } });
    expect(again.id).toBe(v.id);
    expect(listViews(db, { grid: 'projects' }).map((x) => x.state)).toEqual([{ columns: ['name'] }]);
    saveView(db, actor, { grid: 'companies', name: '已签约', state });
    expect(rowCount(db, 'saved_views')).toBe(2);

    const renamed = saveView(db, actor, { id: v.id, grid: 'projects', name: '本年签约', state });
    expect(renamed.name).toBe('本年签约');
    saveView(db, actor, { grid: 'projects', name: '在谈', state });
    expect(
      domainError(() => saveView(db, actor, { id: v.id, grid: 'projects', name: '在谈', state })).code,
    ).toBe('CONFLICT');
    deleteView(db, actor, v.id);
    expect(listViews(db, { grid: 'projects' }).map((x) => x.name)).toEqual(['在谈']);
    expect(historyOf(db, 'savedView', v.id).map((h) => h.action)).toEqual([
      'delete',
      'update',
      'update',
      'create',
    ]);
  });

  it('protects built-in views from deletion and renaming', () => {
    const db = freshDb();
    const builtin = ensureBuiltinView(db, actor, { grid: 'trips', name: '全部行程', state: {} });
    expect(ensureBuiltinView(db, actor, { grid: 'trips', name: '全部行程', state: { x: 1 } }).id).toBe(
      builtin.id,
    );
    expect(domainError(() => deleteView(db, actor, builtin.id)).code).toBe('FORBIDDEN');
    const rename = domainError(() =>
      saveView(db, actor, { id: builtin.id, grid: 'trips', name: '我的行程', state: {} }),
    );
    expect(rename.code).toBe('FORBIDDEN');
    expect(rename.fields?.name).toBe('内置视图不能重命名');
    saveView(db, actor, { grid: 'trips', name: '我的行程', state: {} });
    expect(listViews(db, { grid: 'trips' }).map((x) => [x.name, x.builtin])).toEqual([
      ['全部行程', true],
      ['我的行程', false],
    ]);
  });

  it('refuses unknown grids, non-object or oversized state', () => {
    const db = freshDb();
    expect(
      domainError(() => saveView(db, actor, { grid: 'secrets', name: 'a', state: {} })).fields?.grid,
    ).toBe('表格取值无效');
    expect(
      domainError(() => saveView(db, actor, { grid: 'trips', name: 'a', state: [1, 2] })).fields?.state,
    ).toBe('视图状态应为对象');
    const big = { blob: 'x'.repeat(64 * 1024) };
    expect(
      domainError(() => saveView(db, actor, { grid: 'trips', name: 'a', state: big })).fields?.state,
    ).toContain('64KB');
    expect(
      domainError(() => saveView(db, actor, { grid: 'trips', name: 'a', state: { n: Number.NaN } })).code,
    ).toBe('VALIDATION');
    expect(rowCount(db, 'saved_views')).toBe(0);
  });

  it('works through dispatch, refusing unknown extra keys', async () => {
    const db = freshDb();
    const c = ctx(db);
    expect(
      (await dispatch(c, 'views.save', { grid: 'receptions', name: '本月', state: { sort: [] } })).ok,
    ).toBe(true);
    const extra = await dispatch(c, 'views.save', {
      grid: 'receptions',
      name: '本月',
      state: {},
      builtin: true,
    });
    expect(extra.ok ? null : extra.error.code).toBe('VALIDATION');
    const list = await dispatch(c, 'views.list', { grid: 'receptions' });
    expect(list.ok && (list.value as { builtin: boolean }[]).map((v) => v.builtin)).toEqual([false]);
  });
});
