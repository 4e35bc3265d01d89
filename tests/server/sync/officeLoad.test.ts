import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openOfficeSql, runOfficeLoad, verifyOffice, type OfficeLoadResult } from '../../../bench/officeLoad';
import { closeDatabase, openDatabase } from '../../../main/db/open';
import { freshDatabase, type TestDatabase } from '../testDatabase';

/** The load bench's harness, small: its verdict, never its timings (those are `npm run bench --only office`). */
describe('the office load harness', () => {
  let db: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'leadatlas-load-'));
  afterAll(async () => {
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('3 laptops with about 20 changes each sync at once over HTTPS: nothing lost or twice, every ledger equal to the mirror; a lost change or a changed mirror row is caught', async () => {
    db = await freshDatabase();
    const database = { kind: 'postgres' as const, url: db.url };
    const run: OfficeLoadResult = await runOfficeLoad({
      laptops: 3,
      month: { companies: 5, projects: 4, edits: 2, stageMoves: 1, deletes: 1 },
      dir,
      database,
    });
    const perLaptop = run.made.map((m) => m.length);
    expect(
      perLaptop.every((n) => n >= 18 && n <= 25),
      `changes per laptop: ${perLaptop.join(', ')}`,
    ).toBe(true);
    expect(run.verdict.problems).toEqual([]);
    expect(run.verdict.ok).toBe(true);
    expect(run.verdict.logged).toBe(run.verdict.made);
    expect(run.accepted).toBe(perLaptop.reduce((a, b) => a + b, 0));
    expect(run.firstRounds).toHaveLength(3);

    // The verdict is not a formality: a change missing from the log, a mirror row changed.
    const ledgers = run.ledgers.map((l) => ({ login: l.login, db: openDatabase(l.path) }));
    const sql = await openOfficeSql(database, join(dir, 'server'));
    try {
      await sql.query(`DELETE FROM changes WHERE seq = (SELECT max(seq) FROM changes WHERE op = 'put')`);
      await sql.query(
        `UPDATE mirror.companies SET name = name || '（改）' WHERE gid = (SELECT min(gid) FROM mirror.companies)`,
      );
      const broken = await verifyOffice(sql, ledgers);
      expect(broken.ok).toBe(false);
      expect(broken.logged).toBe(run.verdict.made - 1);
      expect(broken.problems.join('\n')).toMatch(/丢失 [1-9]/);
      expect(broken.problems.join('\n')).toMatch(/3 台笔记本的台账与服务器镜像不一致/);
    } finally {
      await sql.close();
      for (const l of ledgers) closeDatabase(l.db);
    }
  }, 120_000);
});
