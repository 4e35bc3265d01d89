// Team sync costs on the full file. (1) A laptop back from a month on the road: its ~5,000
// changes (new companies, contacts and projects, edits, stage moves, a few deletions) merged into
// the office's ledger, against a raw baseline that writes the same rows with prepared statements
// in one transaction (no clocks, no log, no conflict check) on a copy of the same file, with the
// same pragmas and indexes. Goal < 10 s. (2) What change capture adds to a write: the same
// 批量修改 and the same 导入 of a realistic file, recorded and not. Goal ≤ 1.3×.
import { freshCopy } from './freshCopy';
import { closeDatabase, openDatabase } from '../main/db/open';
import { bulkUpdateProjects } from '../main/domain/projects/bulk';
import { applyChanges } from '../main/sync/applyChanges';
import { withoutCapture } from '../main/sync/syncFunctions';
import { importLedger } from './import.bench';
import { writeLedger } from './ledgerFixture';
import { Samples, type Plan } from './measure';
import { row, type BenchRow } from './stats';
import { monthOffline, rawWrite } from './syncMonth';

const CAPTURE = { maxRatio: 1.3 };

async function monthMerged(dbPath: string, tmp: string, plan: Plan): Promise<BenchRow> {
  const { changes, seen } = monthOffline(dbPath, tmp);
  const target = `${tmp}/sync-office.sqlite`;
  const ours = new Samples();
  const raw = new Samples();
  for (let i = 0; i < plan.warmup + plan.iterations; i++) {
    for (const mine of [true, false]) {
      freshCopy(dbPath, target);
      const db = openDatabase(target);
      const run = () => (mine ? applyChanges(db, changes, { seen }) : rawWrite(db, changes));
      if (i >= plan.warmup) await (mine ? ours : raw).take(run);
      else run();
      closeDatabase(db);
    }
  }
  const kinds = new Map<string, number>();
  for (const c of changes) kinds.set(`${c.tbl} ${c.op}`, (kinds.get(`${c.tbl} ${c.op}`) ?? 0) + 1);
  return row(
    'sync',
    `a month offline: ${changes.length} changes merged into the full file`,
    ours.summary(),
    raw.summary(),
    { p95Ms: 10_000 },
    `raw = the same rows by prepared INSERT/UPDATE/DELETE in one transaction, nothing recorded; ` +
      [...kinds].map(([k, n]) => `${n} ${k}`).join(', '),
  );
}

function bulkEdit(dbPath: string, plan: Plan): BenchRow {
  // 5,000 projects to another team, recorded and not, in turns on the same file.
  const db = openDatabase(dbPath);
  const ids = db.prepare(`SELECT id FROM projects ORDER BY id LIMIT 5000`).pluck().all() as number[];
  const teams = db.prepare(`SELECT id FROM teams ORDER BY id LIMIT 2`).pluck().all() as number[];
  const recorded = new Samples();
  const unrecorded = new Samples();
  let turn = 0;
  for (let i = 0; i < plan.warmup + plan.iterations; i++) {
    for (const capture of [true, false]) {
      const teamId = teams[turn++ % teams.length]!;
      const edit = () => bulkUpdateProjects(db, { name: '测速' }, { ids, patch: { teamId } });
      const run = () => (capture ? edit() : withoutCapture(db, edit));
      if (i >= plan.warmup) (capture ? recorded : unrecorded).takeSync(run);
      else run();
    }
  }
  closeDatabase(db);
  return row(
    'sync',
    `bulk edit of ${ids.length} projects: change capture on vs off`,
    recorded.summary(),
    unrecorded.summary(),
    CAPTURE,
  );
}

/**
 * The app's 导入 (its own connection, one transaction, the audit batch) of a realistic company
 * ledger into a copy of the full file: as it is, and with nothing recorded for team sync (capture
 * off on the import's connection: the same file, triggers, indexes and pragmas, the same rows
 * written). In turns, a fresh copy each time, flushed to disk before the clock starts.
 */
async function importCaptured(dbPath: string, tmp: string, rows: number, plan: Plan): Promise<BenchRow> {
  const ledger = `${tmp}/sync-ledger.xlsx`;
  await writeLedger(ledger, rows);
  const target = `${tmp}/sync-import.sqlite`;
  const fresh = () => freshCopy(dbPath, target);
  const on = new Samples();
  const off = new Samples();
  let created = 0;
  for (let i = 0; i < plan.warmup + plan.iterations; i++) {
    for (const capture of [true, false]) {
      fresh();
      const run = async () => (created = await importLedger(ledger, target, capture ? 'bulk' : 'off'));
      if (i >= plan.warmup) await (capture ? on : off).take(run);
      else await run();
    }
  }
  return row(
    'sync',
    `import of a ${rows}-row company ledger into the full file: change capture on vs off`,
    on.summary(),
    off.summary(),
    CAPTURE,
    `${created} companies created each time; off = the same import with nothing recorded for team sync`,
  );
}

export async function benchSync(
  dbPath: string,
  tmp: string,
  plan: Plan,
  importRows: number,
): Promise<BenchRow[]> {
  return [
    await monthMerged(dbPath, tmp, plan),
    bulkEdit(dbPath, plan),
    await importCaptured(dbPath, tmp, importRows, plan),
  ];
}
