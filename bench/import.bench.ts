// Import of an xlsx ledger, into an empty database and into the full L file: ours is what 导入
// does (open the file, detect the header and columns, check and write every row in one
// transaction with the audit batch; into L the whole import.run call a person waits for, in the
// job worker); raw is exceljs' streaming reader plus one prepared INSERT in one transaction, on a
// connection with the app's pragmas and the same index strategy (a large import sets the table's
// plain indexes and search trigger aside and builds them once at the end). Into L the sheet has
// been read before the click on both sides: ours by the wizard, raw by exceljs before its timing,
// so both time the writing alone. The new rows are
// queued for search on both sides and indexed on neither: the app's job thread indexes them
// after the import has answered (the time is in the row's note).
import Database from '../main/db/driver';
import ExcelJS from 'exceljs';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { freshCopy } from './freshCopy';
import { applyPragmas, closeDatabase, openDatabase } from '../main/db/open';
import { setAside, worthSettingAside } from '../main/domain/importers/bulkLoad';
import { openSpreadsheet } from '../main/domain/importers/files/open';
import { proposedSpec } from '../tests/unit/import/helpers';
import { runImport } from '../main/domain/importers/run';
import { SYSTEM } from '../main/domain/shared/actor';
import { stageFile } from '../main/api/staging';
import { inProcessJobRunner, workerJobRunner, type JobRunner } from '../main/jobs/jobRunner';
import type { ImportResult } from '@contract/importers/schema';
import { benchContext, call } from './context';
import { timeEach, type Plan } from './measure';
import { row, type BenchRow, type Summary } from './stats';

const IMPORT = { p50Ms: 6000 };

function emptyDb(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  closeDatabase(openDatabase(path));
}

/** The ledger read as the import reads it, and what the import is told about it. */
function ledgerJob(ledger: string, dbPath: string) {
  const grid = openSpreadsheet('客商台账.xlsx', new Uint8Array(readFileSync(ledger))).sheet(0);
  return {
    grid,
    dbPath,
    spec: proposedSpec(grid, 'companies', { onDuplicate: 'skip', onError: 'skip' }),
    actor: SYSTEM,
    fileName: '客商台账.xlsx',
    sheetName: 'Sheet1',
    settingYear: new Date().getFullYear(),
  };
}

export async function importLedger(
  ledger: string,
  dbPath: string,
  capture?: 'bulk' | 'eachRow' | 'off',
): Promise<number> {
  return (await runImport({ ...ledgerJob(ledger, dbPath), capture })).counts.create;
}

/**
 * The raw import's connection, with the app's pragmas; opened and closed outside the timing. Like
 * ours, its commit does not copy the WAL into the file (ours leaves that to the catch-up in the job
 * thread), and its close, which would, is not waited for by anyone either.
 */
function rawConnection(dbPath: string): InstanceType<typeof Database> {
  const db = new Database(dbPath);
  applyPragmas(db);
  db.pragma('cache_size = -131072');
  db.pragma('wal_autocheckpoint = 0');
  return db;
}

/** The ledger's data rows as exceljs' streaming reader gives them (values 1-based). */
async function* ledgerRows(ledger: string): AsyncGenerator<unknown[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(ledger, {});
  for await (const sheet of reader)
    for await (const r of sheet) if (r.number !== 1) yield r.values as unknown[];
}

async function raw(
  db: InstanceType<typeof Database>,
  rows: AsyncIterable<unknown[]> | Iterable<unknown[]>,
  expectedRows: number,
): Promise<number> {
  const insert = db.prepare(
    `INSERT INTO companies (name, name_key, industry, hq_address, source_channel, registered_capital, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, datetime('now'), datetime('now'))`,
  );
  let n = 0;
  db.exec('BEGIN IMMEDIATE');
  const restore = worthSettingAside(db, 'companies', expectedRows) ? setAside(db, 'companies') : null;
  let first = 0;
  let last = 0;
  for await (const v of rows) {
    last = Number(
      insert.run(v[2], `k${n}`, v[3] ?? null, v[5] ?? null, v[6] ?? null, Number(v[7]) * 10_000, v[8] ?? null)
        .lastInsertRowid,
    );
    if (n === 0) first = last;
    n++;
  }
  if (restore) for (const step of restore([[first, last]])) step();
  db.exec('COMMIT');
  return n;
}

/** The job runner the app uses: the bundled job worker (scripts/bench.mjs builds it), else this thread. */
export function appRunner(): JobRunner {
  const file = process.env.LEADATLAS_BENCH_JOB_WORKER;
  return file && existsSync(file) ? workerJobRunner(file) : inProcessJobRunner;
}

/**
 * What 导入 does into the ledger a person has, measured as they wait for it: `import.run` through
 * the contract, from the click on 开始导入 to its answer, the work in the job thread as in the app
 * (the file already uploaded and read, its columns matched, as the wizard has them by then). The
 * catch-up that follows (sort keys, search entries, the periodic backup when due) runs in the
 * job thread while the window goes on; `caughtUp` is when it has finished, not waited for.
 */
export async function importIntoLedger(
  ledger: string,
  dbPath: string,
  runner: JobRunner,
): Promise<{ created: number; waited: number; caughtUp: Promise<number> }> {
  const db = openDatabase(dbPath);
  let catchUp: Promise<unknown> = Promise.resolve();
  const watched: JobRunner = (job, hooks) => {
    const running = runner(job, hooks);
    if (job.kind === 'catchUp') catchUp = running;
    return running;
  };
  const ctx = { ...benchContext(db, dbPath), jobRunner: watched };
  const bytes = new Uint8Array(readFileSync(ledger));
  const { fileId } = stageFile('客商台账.xlsx', bytes);
  // The wizard has read the sheet by the time of the click: its columns were matched on it.
  await call(ctx, 'import.inspect', { fileId, sheet: 0, target: 'companies' });
  const spec = { ...ledgerJob(ledger, dbPath).spec, fileId };
  const started = performance.now();
  const result = (await call(ctx, 'import.run', spec)) as ImportResult;
  const waited = performance.now() - started;
  const caughtUp = catchUp.then(() => {
    closeDatabase(db);
    return performance.now() - started;
  });
  return { created: result.counts.create, waited, caughtUp };
}

export async function benchImport(
  ledger: string,
  rows: number,
  tmp: string,
  plans: { empty: Plan; full: Plan },
  fullFile: string,
): Promise<BenchRow[]> {
  const dbPath = `${tmp}/import.sqlite`;
  let created = 0;
  let rawRows = 0;
  const oursT: Summary = await timeEach(
    plans.empty,
    () => emptyDb(dbPath),
    async () => (created = await importLedger(ledger, dbPath)),
  );
  const rawT: Summary = await timeEach(
    plans.empty,
    () => {
      emptyDb(dbPath);
      return rawConnection(dbPath);
    },
    async (db) => (rawRows = await raw(db, ledgerRows(ledger), rows)),
    (db) => db.close(),
  );
  const note = `${rows} rows; ours created ${created}, raw inserted ${rawRows}`;

  // Into a copy of the full file, as a user imports into the ledger they have.
  const copy = () => {
    freshCopy(fullFile, dbPath);
    rmSync(`${tmp}/backups`, { recursive: true, force: true });
  };
  let intoFull = 0;
  let rawIntoFull = 0;
  const caughtUp: number[] = [];
  const runner = appRunner();
  // Not timed: the window already answers meanwhile; the next copy waits for it to end.
  let catchingUp: Promise<unknown> = Promise.resolve();
  const fullOurs = await timeEach(
    plans.full,
    async () => {
      await catchingUp;
      copy();
    },
    async () => {
      const run = await importIntoLedger(ledger, dbPath, runner);
      intoFull = run.created;
      catchingUp = run.caughtUp.then((ms) => caughtUp.push(ms));
    },
  );
  await catchingUp;
  // Into the full file the sheet is read before the click on both sides (ours: by the wizard).
  const read: unknown[][] = [];
  for await (const v of ledgerRows(ledger)) read.push(v);
  const fullRaw = await timeEach(
    plans.full,
    () => {
      copy();
      return rawConnection(dbPath);
    },
    async (db) => (rawIntoFull = await raw(db, read, rows)),
    (db) => db.close(),
  );
  rmSync(dbPath, { force: true });
  return [
    row('import', `xlsx ledger of ${rows} rows`, oursT, rawT, IMPORT, note),
    row(
      'import',
      `${rows} rows into the full file, import.run as the window waits`,
      fullOurs,
      fullRaw,
      IMPORT,
      `ours created ${intoFull} (${runner === inProcessJobRunner ? 'jobs on this thread' : 'in the job worker'}), raw inserted ${rawIntoFull}; ` +
        `the catch-up in the job thread (sort keys, search entries, the periodic backup) done ${caughtUp.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(', ')} after the click`,
    ),
  ];
}
