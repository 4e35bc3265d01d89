import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../main/db/open';
import { createCompany } from '../../../main/domain/companies';
import { bigProjectLedger } from '../../fixtures/ledgers';

const ROOT = resolve(import.meta.dirname, '../../..');
// Inside the repository (git-ignored) so the bundle finds the SQLite driver in node_modules.
const OUT = join(ROOT, '.tmp', `kill-child-${process.pid}`);
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

/** The child runs from a vite bundle of main/: Node alone cannot load main/ (JSON imports). */
beforeAll(async () => {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'error',
    publicDir: false,
    build: {
      ssr: join(ROOT, 'tests/unit/import/killChild.ts'),
      outDir: OUT,
      emptyOutDir: true,
      target: 'node22',
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'child.mjs' } },
    },
    ssr: { target: 'node', external: ['better-sqlite3-multiple-ciphers', 'zod', 'fflate', 'iconv-lite'] },
  });
  child = join(OUT, 'child.mjs');
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

/**
 * Runs the child and kills it with SIGKILL `delayMs` after `afterLines` lines of output
 * (Infinity: let it finish).
 */
function runAndKill(
  dbPath: string,
  afterLines: number,
  ledger = ledgerPath,
  delayMs = 0,
): Promise<{ lines: string[]; killed: boolean }> {
  return new Promise((done, fail) => {
    const proc = spawn(process.execPath, [child, dbPath, ledger], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let killed = false;
    let stderr = '';
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    proc.stdout.on('data', (d: Buffer) => {
      for (const line of d.toString().split('\n').filter(Boolean)) {
        lines.push(line);
        if (!killed && lines.length >= afterLines) {
          killed = true;
          setTimeout(() => proc.kill('SIGKILL'), delayMs);
        }
      }
    });
    proc.on('error', fail);
    proc.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL' && code !== 0) fail(new Error(`child failed (${code ?? signal}): ${stderr}`));
      else done({ lines, killed: signal === 'SIGKILL' });
    });
  });
}

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
