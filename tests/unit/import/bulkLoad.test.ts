import { describe, expect, it } from 'vitest';
import type { Db } from '../../../main/db/open';
import { createCompany } from '../../../main/domain/companies';
import { BULK_ROWS } from '../../../main/domain/importers/bulkLoad';
import type { Cell, Grid } from '../../../main/domain/importers/files/grid';
import type { ImportSpec } from '@contract/importers/schema';
import { searchGlobal } from '../../../main/domain/search';
import type { DomainError } from '@contract/shared/errors';
import { undoBatch } from '../../../main/domain/undo/undo';
import { freshDb } from '../testDb';
import { actor, all, proposedSpec, run } from './helpers';
import { rowCount } from '../testDb';

// A ledger large enough for the import to set the tables' indexes and search trigger aside.
const ROWS = BULK_ROWS + 2_000;

function companyLedger(rows: number): { grid: Grid; spec: ImportSpec } {
  const cells: Cell[][] = [['企业名称', '所属行业', '总部地址', '联系人', '联系电话']];
  for (let i = 0; i < rows; i++)
    cells.push([
      `测试${i}号科技有限公司`,
      '新材料',
      `创业大道${i}号`,
      `联系人${i}`,
      `1380000${String(i).padStart(4, '0')}`,
    ]);
  const grid: Grid = { rows: cells, merges: [] };
  const spec = proposedSpec(grid, 'companies', { onDuplicate: 'skip', onError: 'skip' });
  return { grid, spec };
}

/** Everything of the schema a person or the planner relies on, and the planner's statistics. */
function schema(db: Db) {
  return {
    objects: all(db, `SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name`),
    stat1: all(db, `SELECT tbl, idx, stat FROM sqlite_stat1 ORDER BY tbl, idx`),
    stat4: all(
      db,
      `SELECT tbl, idx, neq, nlt, ndlt, hex(sample) AS s FROM sqlite_stat4 ORDER BY tbl, idx, s`,
    ),
  };
}

function dbWithStatistics(): Db {
  const db = freshDb();
  for (let i = 0; i < 20; i++) createCompany(db, actor, { name: `已有企业${i}`, industry: '生物医药' });
  db.exec('ANALYZE');
  return db;
}

const unqueued = (db: Db, table: string, kind: string): number =>
  db
    .prepare(`SELECT count(*) FROM ${table} WHERE id NOT IN (SELECT id FROM search_queue WHERE kind = ?)`)
    .pluck()
    .get(kind) as number;

describe('a large import', () => {
  it('leaves indexes, triggers and statistics exactly as they were, and every new row queued for search', async () => {
    const db = dbWithStatistics();
    const before = schema(db);
    expect(before.stat1.some((r) => r.idx === 'companies_name')).toBe(true);
    const version = db.pragma('schema_version', { simple: true });

    const result = await run(db, companyLedger(ROWS));

    expect(result.counts.create).toBe(ROWS);
    expect(result.related.contacts).toBe(ROWS);
    // The indexes were set aside and built again: the schema changed and came back the same.
    expect(db.pragma('schema_version', { simple: true })).not.toBe(version);
    expect(schema(db)).toEqual(before);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(rowCount(db, 'companies')).toBe(ROWS + 20);
    expect(unqueued(db, 'companies', 'company')).toBe(0);
    expect(unqueued(db, 'contacts', 'contact')).toBe(0);
    const hit = searchGlobal(db, { q: '测试11999号' }).groups.find((g) => g.kind === 'company');
    expect(hit?.hits.length).toBeGreaterThan(0);
    // Indexes in use again: a lookup by name is a search of the index, not of the table.
    const plan = all(db, `EXPLAIN QUERY PLAN SELECT id FROM companies WHERE name = '测试1号科技有限公司'`);
    expect(String(plan[0]?.detail)).toContain('companies_name');

    undoBatch(db, actor, result.batchId as number);
    expect(rowCount(db, 'companies')).toBe(20);
    expect(rowCount(db, 'contacts')).toBe(0);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  }, 60_000);

  it.each([
    ['half way', (done: number) => done >= 5_000],
    ['with every row written, before the indexes are built again', (done: number) => done === ROWS],
  ])(
    'cancelled %s, leaves the schema and the rows as they were',
    async (_when, stop) => {
      const db = dbWithStatistics();
      const before = schema(db);
      const controller = new AbortController();
      let error: unknown;
      try {
        await run(db, companyLedger(ROWS), {
          chunk: 2_500,
          signal: controller.signal,
          onProgress: (done) => {
            if (stop(done)) controller.abort();
          },
        });
      } catch (e) {
        error = e;
      }
      expect((error as DomainError).code).toBe('CANCELLED');
      expect(schema(db)).toEqual(before);
      expect(rowCount(db, 'companies')).toBe(20);
      expect(rowCount(db, 'audit_batches')).toBe(0);
    },
    60_000,
  );

  it.each(['bulk', 'eachRow'] as const)(
    'records every new row for team sync once, its capture trigger set aside or not (%s)',
    async (capture) => {
      const db = dbWithStatistics();
      const result = await run(db, companyLedger(ROWS), { capture });
      expect(result.counts.create).toBe(ROWS);
      const puts = (table: string) =>
        db
          .prepare(
            `SELECT count(*) AS n, count(DISTINCT c.gid) AS rows FROM sync_changes c JOIN ${table} t ON t.gid = c.gid
              WHERE c.tbl = ? AND c.op = 'put'`,
          )
          .get(table) as { n: number; rows: number };
      expect(puts('companies')).toEqual({ n: ROWS + 20, rows: ROWS + 20 });
      expect(puts('contacts')).toEqual({ n: ROWS, rows: ROWS });
      // A company made after the import is recorded by the trigger put back.
      const later = createCompany(db, actor, { name: '导入之后新建企业', industry: '新材料' });
      const gid = db.prepare(`SELECT gid FROM companies WHERE id = ?`).pluck().get(later.id);
      expect(db.prepare(`SELECT count(*) FROM sync_changes WHERE gid = ?`).pluck().get(gid)).toBe(1);
    },
    60_000,
  );

  it("of projects puts back every trigger it set aside, the figure versions' among them", async () => {
    const db = dbWithStatistics();
    const before = schema(db);
    const cells: Cell[][] = [['项目名称', '投资方', '项目进展', '签约日期']];
    for (let i = 0; i < ROWS; i++)
      cells.push([`测试${i}号项目`, `测试${i}号投资有限公司`, '签约', '2024-03-08']);
    const grid: Grid = { rows: cells, merges: [] };
    const result = await run(db, {
      grid,
      spec: proposedSpec(grid, 'projects', { onDuplicate: 'skip', onError: 'skip' }),
    });
    expect(result.counts.create).toBe(ROWS);
    expect(schema(db)).toEqual(before);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  }, 60_000);

  it('below the threshold, writes row by row and leaves the schema untouched', async () => {
    const db = dbWithStatistics();
    const version = db.pragma('schema_version', { simple: true });
    const result = await run(db, companyLedger(3_000));
    expect(result.counts.create).toBe(3_000);
    expect(db.pragma('schema_version', { simple: true })).toBe(version);
    expect(unqueued(db, 'companies', 'company')).toBe(0);
  }, 60_000);
});
