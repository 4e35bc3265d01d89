import { describe, expect, it } from 'vitest';
import { drainSearchQueue, searchGlobal } from '../../../main/domain/search';
import { freshDb } from '../testDb';

// After a big import the new records are indexed in the background, a slice at a time: the
// process keeps answering meanwhile, and at the end every record can be found.
describe('background search indexing', () => {
  it('indexes the whole queue in slices, letting the event loop run between them', async () => {
    const db = freshDb();
    const now = new Date().toISOString();
    const insert = db.prepare(
      `INSERT INTO companies (name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?)`,
    );
    db.transaction(() => {
      for (let i = 0; i < 1000; i++) insert.run(`星河${i}号智能装备有限公司`, `xh${i}`, now, now);
    })();
    const queued = () => db.prepare('SELECT count(*) FROM search_queue').pluck().get() as number;
    expect(queued()).toBe(1000);

    let turns = 0;
    const ticking = setInterval(() => turns++, 0);
    const indexed = await drainSearchQueue(db);
    clearInterval(ticking);

    expect(indexed).toBe(1000);
    expect(queued()).toBe(0);
    expect(turns).toBeGreaterThan(1);
    // Found without the search having to index anything itself.
    const hits = searchGlobal(db, { q: '星河999号' }).groups[0]?.hits ?? [];
    expect(hits.map((h) => h.title)).toContain('星河999号智能装备有限公司');
  });

  it('runs once at a time: a second call while one is under way does nothing', async () => {
    const db = freshDb();
    const now = new Date().toISOString();
    db.prepare(`INSERT INTO companies (name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?)`).run(
      '星河智能装备有限公司',
      'xh',
      now,
      now,
    );
    const [first, second] = await Promise.all([drainSearchQueue(db), drainSearchQueue(db)]);
    expect([first, second]).toEqual([1, 0]);
  });
});
