/**
 * `npm run bench`: builds the L demo in a temp file and measures every hot path against its raw
 * SQLite (or plain parse) limit in the same run; prints the table and writes
 * bench/results/latest.json. `--smoke`: the S demo, 3 iterations, a 2,000-row ledger, seconds.
 * `--db <file>`: keep the demo database in <file> and reuse it on the next run (building L
 * takes minutes), e.g. to check a new index; pending migrations are applied when it is opened.
 * `--only grid,aggregate`: just those groups (open, grid, followups, twins, collisions, search, aggregate, optimise, export,
 * dossier, encryption, import, sync, office), to check one change without the whole run; `--only office`
 * alone builds no demo dataset (bench/office.bench.ts: 50 laptops syncing at once with one office server).
 * `--growth` (`--growth=1m`): instead, the growth table over S, M, L (and 1,000,000 projects);
 * with `--db <folder>` its files are kept there as growth-<size>.sqlite and reused.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { closeDatabase, openDatabase } from '../main/db/open';
import { generateDemo } from '../main/domain/demo';
import { benchAggregates } from './aggregates.bench';
import { benchContext } from './context';
import { benchDossierRows } from './dossierRows';
import { benchEncryption } from './encryption.bench';
import { benchExport } from './export.bench';
import { benchFollowUps } from './followUps.bench';
import { benchGrid } from './grid.bench';
import { benchGrowth, growthLabels } from './growth.bench';
import { formatGrowth } from './growthTable';
import { benchGridText } from './gridText.bench';
import { benchOffice } from './office.bench';
import { benchOpen, openOnce } from './open.bench';
import { benchImport } from './import.bench';
import { writeLedger } from './ledgerFixture';
import { benchOptimise } from './optimise.bench';
import { benchSearchRows } from './searchRows';
import { benchSync } from './sync.bench';
import { row, type BenchRow } from './stats';
import { benchTwins } from './twins.bench';
import { benchCollisions } from './collisions.bench';
import { formatTable, tableCells } from './table';

const smoke = process.argv.includes('--smoke');
const size = smoke ? 'S' : 'L';
const quick = { warmup: 1, iterations: 3 };
const plans = smoke
  ? {
      grid: quick,
      open: quick,
      aggregate: quick,
      optimise: quick,
      heavy: { warmup: 0, iterations: 1 },
      intoFull: { warmup: 0, iterations: 1 },
      dossier: quick,
      ledgerRows: 2_000,
      cipherLedgerRows: 500,
      captureImportRows: 500,
      perKind: 5,
    }
  : {
      grid: { warmup: 3, iterations: 40 },
      open: { warmup: 1, iterations: 3 },
      aggregate: { warmup: 3, iterations: 30 },
      optimise: { warmup: 3, iterations: 20 },
      heavy: { warmup: 0, iterations: 1 },
      // A few seconds each, at the mercy of the moment alone: the median of three.
      intoFull: { warmup: 0, iterations: 3 },
      dossier: { warmup: 1, iterations: 3 },
      ledgerRows: 100_000,
      cipherLedgerRows: 10_000,
      captureImportRows: 10_000,
      perKind: 30,
    };

const dbArg = process.argv.indexOf('--db');
const keptDb = dbArg > 0 ? process.argv[dbArg + 1] : undefined;

const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? new Set((process.argv[onlyArg + 1] ?? '').split(',')) : null;
const wanted = (group: string): boolean => only === null || only.has(group);
/** Every group but the office load measures the demo dataset. */
const needsDemo = only === null || [...only].some((g) => g !== 'office');

const log = (msg: string): void => void process.stderr.write(`[bench] ${msg}\n`);
const single = (ms: number) => ({ n: 1, p50: ms, p95: ms, max: ms });

async function main(): Promise<void> {
  const started = performance.now();
  const tmp = mkdtempSync(join(tmpdir(), 'leadatlas-bench-'));
  const dbPath = keptDb ?? join(tmp, `${size}.sqlite`);
  const reuse = keptDb !== undefined && existsSync(keptDb);
  const rows: BenchRow[] = [];
  // Each row is shown as soon as it is measured: a full run takes minutes.
  const add = (...measured: BenchRow[]): void => {
    rows.push(...measured);
    for (const r of measured) log(tableCells(r).join(' | '));
  };
  try {
    if (needsDemo) await demoGroups(dbPath, reuse, tmp, add);
    if (wanted('office')) {
      log('office server: 50 laptops syncing at once…');
      add(...(await benchOffice(tmp, smoke, log)));
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  report(rows, started);
}

/** The groups measured on the demo dataset (built, or reused from --db). */
async function demoGroups(
  dbPath: string,
  reuse: boolean,
  tmp: string,
  add: (...measured: BenchRow[]) => void,
): Promise<void> {
  log(reuse ? `reusing ${dbPath}…` : `building the ${size} demo dataset in ${dbPath}…`);
  const db = openDatabase(dbPath);
  const demo = reuse ? null : generateDemo(db, size);
  const counts = ['companies', 'contacts', 'projects', 'interactions', 'trips']
    .map((t) => `${db.prepare(`SELECT count(*) FROM ${t}`).pluck().get()} ${t}`)
    .join(', ');
  add(
    row(
      'dataset',
      `${size} demo build`,
      demo && single(demo.millis),
      null,
      undefined,
      demo ? counts : `${counts} (reused, not built)`,
    ),
  );
  const ctx = benchContext(db, dbPath);
  const year = new Date().getFullYear();

  if (wanted('open')) {
    log('open + first page…');
    add(...(await benchOpen(dbPath, tmp, plans.open, plans.heavy)));
  }
  if (wanted('grid')) {
    log('grid pages…');
    add(...(await benchGrid(ctx, plans.grid)));
  }
  if (wanted('grid') || wanted('gridtext')) {
    log('grid text filters and search boxes…');
    add(...(await benchGridText(ctx, plans.grid)));
  }
  if (wanted('followups')) {
    log('工作台 badge counts…');
    add(...benchFollowUps(db, plans.aggregate));
  }
  if (wanted('twins')) {
    log('疑似重复 list…');
    add(...benchTwins(db, plans.aggregate));
  }
  if (wanted('collisions')) {
    log('撞单 list and warning…');
    add(...(await benchCollisions(db, plans.aggregate)));
  }
  if (wanted('search')) {
    log('global search…');
    add(...benchSearchRows(db, plans.perKind));
  }
  if (wanted('aggregate')) {
    log('dashboard aggregates…');
    add(...(await benchAggregates(ctx, plans.aggregate, year)));
  }
  if (wanted('optimise')) {
    log('route optimisation…');
    add(...benchOptimise(plans.optimise));
  }
  if (wanted('export')) {
    log('export…');
    add(...(await benchExport(ctx, plans.heavy)));
  }
  if (wanted('dossier')) {
    log('trip dossier…');
    add(...(await benchDossierRows(ctx, plans.dossier)));
  }
  if (wanted('encryption')) {
    log('数据库加密: the same file encrypted vs plain…');
    const ledger = join(tmp, 'cipher-ledger.xlsx');
    await writeLedger(ledger, plans.cipherLedgerRows);
    add(...(await benchEncryption(db, tmp, plans, ledger)));
  }
  closeDatabase(db);

  if (wanted('sync')) {
    log('team sync: a month offline merged in, change capture on a bulk edit and an import…');
    add(...(await benchSync(dbPath, tmp, plans.open, plans.captureImportRows)));
  }
  if (wanted('import')) {
    log(`writing a ${plans.ledgerRows}-row ledger and importing it…`);
    const ledger = join(tmp, 'ledger.xlsx');
    const t = performance.now();
    await writeLedger(ledger, plans.ledgerRows);
    log(`ledger written in ${Math.round(performance.now() - t)} ms`);
    add(
      ...(await benchImport(
        ledger,
        plans.ledgerRows,
        tmp,
        { empty: plans.heavy, full: plans.intoFull },
        dbPath,
      )),
    );
  }
}

/** The table, the notes, the failures; bench/results/*.json. */
function report(rows: BenchRow[], started: number): void {
  const rssMb = process.resourceUsage().maxRSS / 1024;
  rows.push(row('memory', `peak RSS of the process: ${rssMb.toFixed(0)} MB`, null, null));
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
  const seconds = (performance.now() - started) / 1000;

  console.log(`\n招商通 benchmark — ${size} dataset — ${machine}\n`);
  console.log(formatTable(rows));
  for (const r of rows.filter((x) => x.note)) console.log(`- ${r.group}: ${r.name}: ${r.note}`);
  const missed = rows.filter((r) => r.target && !r.target.met);
  console.log(
    `\n${rows.filter((r) => r.target?.met).length} targets met, ${missed.length} missed; ${seconds.toFixed(0)} s in all.`,
  );
  const failed = rows.filter((r) => r.failed);
  for (const r of failed) console.log(`FAILED ${r.group}: ${r.name}: ${r.failed}`);

  mkdirSync(join('bench', 'results'), { recursive: true });
  const file = join('bench', 'results', only ? 'partial.json' : smoke ? 'smoke.json' : 'latest.json');
  const json = {
    when: new Date().toISOString(),
    size,
    machine,
    seconds: Math.round(seconds),
    peakRssMb: Math.round(rssMb),
    rows,
  };
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`written: ${file}`);
  // A check that failed (a run stopped at its cap may leave work running) ends the process here.
  if (failed.length > 0) process.exit(1);
}

async function growth(million: boolean): Promise<void> {
  const started = performance.now();
  const tmp = mkdtempSync(join(tmpdir(), 'leadatlas-growth-'));
  if (keptDb) mkdirSync(keptDb, { recursive: true });
  try {
    const { sizes, paths } = await benchGrowth(growthLabels(million), tmp, keptDb, log);
    const { table, worse } = formatGrowth(sizes, paths);
    const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}`;
    console.log(`\n招商通 growth table — p50 (p95, CPU p50) per size — ${machine}\n`);
    console.log(table);
    console.log(
      `\nA step is judged where the rows grow at least 2×; "!" marks time growing more than 1.25× as fast as the rows.`,
    );
    console.log(
      worse.length ? `Worse than linear: ${worse.join('; ')}.` : 'No path grows worse than linear.',
    );
    console.log(`${((performance.now() - started) / 1000).toFixed(0)} s in all.`);
    mkdirSync(join('bench', 'results'), { recursive: true });
    const file = join('bench', 'results', 'growth.json');
    writeFileSync(
      file,
      `${JSON.stringify({ when: new Date().toISOString(), machine, sizes, paths, worse }, null, 2)}\n`,
    );
    console.log(`written: ${file}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

// The child of the cold-open row: one open and first page in a fresh process, nothing else.
const openOnceArg = process.argv.indexOf('--open-once');
const growthArg = process.argv.find((a) => a === '--growth' || a.startsWith('--growth='));
const run = (): Promise<void> =>
  openOnceArg > 0
    ? openOnce(process.argv[openOnceArg + 1] ?? '')
    : growthArg
      ? growth(growthArg.toLowerCase() === '--growth=1m')
      : main();
run().catch((err) => {
  console.error(err?.stack ?? String(err));
  process.exit(1);
});
