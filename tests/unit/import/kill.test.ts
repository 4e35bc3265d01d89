import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../main/db/open';
import { createCompany } from '../../../main/domain/companies';
import { bigProjectLedger } from '../../fixtures/ledgers';
import { buildChild, childOutDir, runAndKill as runChild } from '../killChildren';

// Inside the repository (git-ignored) so the bundle finds the SQLite driver in node_modules.
const OUT = childOutDir('kill-child');
const ROWS = 2_000;
const RUNS = 20;
// Large enough for the import to set the projects' indexes aside and rebuild them at the end.
const BULK_ROWS = 12_000;
const BULK_RUNS = 6;

let child = '';
let work = '';
let ledgerPath = '';
let bulkLedgerPath = '';
let basePath = '';
let schemaOfBase = '';

beforeAll(async () => {
  child = await buildChild('tests/unit/import/killChild.ts', OUT);
  work = mkdtempSync(join(tmpdir(), 'la-kill-'));
  ledgerPath = join(work, 'ledger.xlsx');
  writeFileSync(ledgerPath, await bigProjectLedger(ROWS));
  bulkLedgerPath = join(work, 'bulk.xlsx');
  writeFileSync(bulkLedgerPath, await bigProjectLedger(BULK_ROWS));
  basePath = join(work, 'base.sqlite');
  const db = openDatabase(basePath);
  for (let i = 0; i < 5; i++) createCompany(db, { name: '已有数据' }, { name: `已有企业${i}` });
  schemaOfBase = schemaOf(db);
  closeDatabase(db);
}, 60_000);

afterAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Every index and trigger, as SQL: what a killed import must leave exactly as it found. */
function schemaOf(db: ReturnType<typeof openDatabase>): string {
  return (
    db
      .prepare(
        `SELECT sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name`,
      )
      .pluck()
      .all() as string[]
  ).join('\n');
}

const runAndKill = (dbPath: string, afterLines: number, ledger = ledgerPath, delayMs = 0) =>
  runChild(child, [dbPath, ledger], afterLines, delayMs);

describe('an import killed with kill -9', () => {
  it(`leaves a sound database with all or none of the rows, ${RUNS} times`, async () => {
    mkdirSync(join(work, 'runs'), { recursive: true });
    const slices = Math.ceil(ROWS / 150);
    const outcomes: string[] = [];
    for (let i = 0; i < RUNS; i++) {
      const dbPath = join(work, 'runs', `run-${i}.sqlite`);
      copyFileSync(basePath, dbPath);
      // Spread the kills from before the transaction starts to after it commits.
      const afterLines = i === RUNS - 1 ? Infinity : 1 + ((i * 7919) % (slices + 3));
      const { lines, killed } = await runAndKill(dbPath, afterLines);
      const db = openDatabase(dbPath);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const projects = db.prepare('SELECT count(*) FROM projects').pluck().get() as number;
      const companies = db.prepare('SELECT count(*) FROM companies').pluck().get() as number;
      const batches = db.prepare('SELECT count(*) FROM audit_batches').pluck().get() as number;
      closeDatabase(db);
      expect([0, ROWS]).toContain(projects);
      if (projects === 0) expect([companies, batches]).toEqual([5, 0]);
      // Every ledger row names its own investor (某某0…某某1999), created along with the project.
      else expect([companies, batches]).toEqual([5 + ROWS, 1]);
      if (lines.includes('done')) expect(projects).toBe(ROWS);
      outcomes.push(`${killed ? 'killed' : 'finished'}@${lines.length}:${projects}`);
    }
    console.log(`kill -9 outcomes (what happened @ lines of output : projects after): ${outcomes.join(' ')}`);
    // Some runs were killed mid-way and rolled back, and the last one completed.
    expect(outcomes.filter((o) => o.startsWith('killed') && o.endsWith(':0')).length).toBeGreaterThan(10);
    expect(outcomes.at(-1)).toBe(`finished@${slices + 2}:${ROWS}`);
  }, 180_000);

  it(`of ${BULK_ROWS} rows, killed while its indexes are rebuilt, leaves them all in place`, async () => {
    mkdirSync(join(work, 'bulk'), { recursive: true });
    const slices = Math.ceil(BULK_ROWS / 150);
    const outcomes: string[] = [];
    for (let i = 0; i < BULK_RUNS; i++) {
      const dbPath = join(work, 'bulk', `run-${i}.sqlite`);
      copyFileSync(basePath, dbPath);
      // After the last slice of rows: the indexes are being rebuilt, then the commit.
      const { lines, killed } = await runAndKill(dbPath, slices + 1, bulkLedgerPath, i * 40);
      const db = openDatabase(dbPath);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(schemaOf(db)).toBe(schemaOfBase);
      const projects = db.prepare('SELECT count(*) FROM projects').pluck().get() as number;
      closeDatabase(db);
      expect([0, BULK_ROWS]).toContain(projects);
      outcomes.push(`${killed && !lines.includes('done') ? 'killed' : 'finished'}:${projects}`);
    }
    console.log(`kill -9 during the rebuild (outcome : projects after): ${outcomes.join(' ')}`);
    expect(outcomes.some((o) => o === 'killed:0')).toBe(true);
  }, 180_000);
});
