import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../main/db/open';
import { generateDemo } from '../../../main/domain/demo';
import { listProjects } from '../../../main/domain/projects';
import { freshDb } from '../testDb';

// A filtered grid page is read either by the filter's index or by walking the sort column's
// index (store/pageOrder.ts). Whichever way, a person must see exactly the rows and order the
// filter and sort define: checked here against the plain definition, page by page.
let db: Db;
let earlyCut = '';
beforeAll(() => {
  db = freshDb();
  generateDemo(db, 'S');
  // The earliest few dozen signings: a filter matching a small share of the projects.
  earlyCut = db
    .prepare(
      'SELECT signed_on FROM projects WHERE signed_on IS NOT NULL ORDER BY signed_on LIMIT 1 OFFSET 40',
    )
    .pluck()
    .get() as string;
});

const year = new Date().getFullYear();
const ids = (input: Record<string, unknown>) => listProjects(db, input).rows.map((r) => r.id);

function expected(where: string, params: unknown[], order: string, offset: number, limit: number): number[] {
  return db
    .prepare(`SELECT p.id FROM projects p WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`)
    .pluck()
    .all(...params, limit, offset) as number[];
}

describe('filtered grid pages', () => {
  const cases = [
    {
      name: 'signed this year, newest change first (dense: read in sort order)',
      filters: () => ({
        signedOn: { type: 'date', op: 'inRange', value: `${year}-01-01`, valueTo: `${year}-12-31` },
      }),
      sort: [],
      where: 'p.signed_on BETWEEN ? AND ?',
      params: () => [`${year}-01-01`, `${year}-12-31`],
      order: 'p.updated_at DESC, p.id DESC',
    },
    {
      name: '在谈 by planned amount',
      filters: () => ({ stage: { type: 'set', values: ['negotiating'] } }),
      sort: [{ col: 'plannedAmount', dir: 'desc' }],
      where: "p.stage IN ('negotiating')",
      params: () => [],
      order: 'p.planned_amount DESC NULLS LAST, p.id DESC',
    },
    {
      name: 'signed long ago (sparse: read by the filter)',
      filters: () => ({ signedOn: { type: 'date', op: 'lessThan', value: earlyCut } }),
      sort: [{ col: 'name', dir: 'asc' }],
      where: 'p.signed_on < ?',
      params: () => [earlyCut],
      // Names sort by their stored pinyin key (migration 8), as the grid shows them.
      order: 'p.name_sort ASC NULLS LAST, p.id ASC',
    },
  ];

  for (const c of cases) {
    it(`${c.name}: the same rows in the same order on every page`, () => {
      const [filters, params] = [c.filters(), c.params()];
      const total = db
        .prepare(`SELECT count(*) FROM projects p WHERE ${c.where}`)
        .pluck()
        .get(...params) as number;
      expect(total).toBeGreaterThan(0);
      for (const offset of [0, 20, total - 5]) {
        const page = ids({ offset: Math.max(0, offset), limit: 20, sort: c.sort, filters });
        expect(page).toEqual(expected(c.where, params, c.order, Math.max(0, offset), 20));
      }
      expect(listProjects(db, { offset: 0, limit: 1, sort: c.sort, filters }).total).toBe(total);
    });
  }
});
