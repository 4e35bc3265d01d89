import { describe, expect, it } from 'vitest';
import type { ApiContext } from '../../../main/api/context';
import { dispatch } from '../../../main/api/dispatch';
import type { Db } from '../../../main/db/open';
import { drainSearchQueue, searchGlobal } from '../../../main/domain/search';
import { fillSortKeysInSlices } from '../../../main/domain/store/sortKeys';
import { freshDb } from '../testDb';
import { containsQuery } from './helpers';

// A large import leaves its new records queued for the search and without sort keys; the job
// thread catches up after it. Meanwhile a search or a grid read on the window's thread must
// neither index nor fill thousands itself (seconds of pinyin) nor miss the new records.

const ROWS = 3000;

function ledgerWithBacklog(): Db {
  const db = freshDb();
  const now = new Date().toISOString();
  const insert = db.prepare(
    `INSERT INTO companies (name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (let i = 0; i < ROWS; i++) insert.run(`星河${i}号智能装备有限公司`, `xh${i}`, now, now);
  })();
  return db;
}

const queued = (db: Db): number => db.prepare('SELECT count(*) FROM search_queue').pluck().get() as number;
const unsorted = (db: Db): number =>
  db.prepare('SELECT count(*) FROM companies WHERE name_sort IS NULL').pluck().get() as number;

async function listNames(ctx: ApiContext, input: unknown): Promise<string[]> {
  const r = await dispatch(ctx, 'companies.list', input);
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as { rows: { name: string }[] }).rows.map((row) => row.name);
}

describe('records still queued after a large import', () => {
  it('are found by their names at once, while a read indexes and fills only a few itself', async () => {
    const db = ledgerWithBacklog();
    const ctx: ApiContext = {
      db,
      actor: { name: '王科员' },
      databasePath: db.name,
      appVersion: 'test',
      emit: () => {},
    };
    expect(queued(db)).toBe(ROWS);

    const found = searchGlobal(db, { q: '星河2999号' });
    expect(found.groups[0]?.hits.map((h) => h.title)).toEqual(['星河2999号智能装备有限公司']);
    expect(await listNames(ctx, { q: '星河2998号' })).toEqual(['星河2998号智能装备有限公司']);
    expect(await listNames(ctx, containsQuery('name', '2997号智能'))).toEqual(['星河2997号智能装备有限公司']);
    // Three reads: most of the backlog is still there for the job thread.
    expect(queued(db)).toBeGreaterThan(ROWS / 2);
    expect(unsorted(db)).toBeGreaterThan(ROWS / 2);

    // Once caught up, the pinyin finds them too, and every name has its sort key.
    await fillSortKeysInSlices(db);
    await drainSearchQueue(db);
    expect(queued(db)).toBe(0);
    expect(unsorted(db)).toBe(0);
    expect(searchGlobal(db, { q: 'xinghe2996' }).groups[0]?.hits.map((h) => h.title)).toEqual([
      '星河2996号智能装备有限公司',
    ]);
  });
});
