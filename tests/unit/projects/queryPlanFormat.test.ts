import { describe, expect, it, vi } from 'vitest';
import { generateDemo } from '../../../main/domain/demo';
import { listProjects } from '../../../main/domain/projects';
import { readsInOrder } from '../../../main/domain/store/pageOrder';
import { freshDb } from '../testDb';

// pageOrder.ts chooses how to read a filtered page by reading SQLite's EXPLAIN QUERY PLAN text
// for the words "TEMP B-TREE FOR ORDER BY". A SQLite upgrade that words its plans differently
// would quietly send every page down one path: this runs the real plans of a real grid page.
describe('the query-plan text the grid relies on', () => {
  it('names the sort step of the filter-first read, and not of the sort-index walk', () => {
    const db = freshDb();
    generateDemo(db, 'S');
    const year = Number(db.prepare('SELECT substr(office_today(), 1, 4)').pluck().get());
    const explained: string[] = [];
    const prepare = db.prepare.bind(db);
    const spy = vi.spyOn(db, 'prepare').mockImplementation(((sql: string) => {
      if (sql.startsWith('EXPLAIN QUERY PLAN ')) explained.push(sql.slice('EXPLAIN QUERY PLAN '.length));
      return prepare(sql);
    }) as typeof db.prepare);
    // Signed this year, newest change first: dense enough that both reads are weighed.
    listProjects(db, {
      limit: 20,
      filters: {
        signedOn: { type: 'date', op: 'inRange', value: `${year}-01-01`, valueTo: `${year}-12-31` },
      },
    });
    spy.mockRestore();

    expect(explained).toHaveLength(2);
    const [walk, filterFirst] = explained as [string, string];
    const details = (sql: string) =>
      (
        db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...Array.from(sql.matchAll(/\?/g), () => null)) as {
          detail: string;
        }[]
      ).map((s) => s.detail);
    expect(details(filterFirst)).toContain('USE TEMP B-TREE FOR ORDER BY');
    expect(details(walk).some((d) => d.includes('ORDER BY'))).toBe(false);
    expect(readsInOrder(db, filterFirst)).toBe(false);
    expect(readsInOrder(db, walk)).toBe(true);
  });
});
