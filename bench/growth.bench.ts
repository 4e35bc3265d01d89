// `npm run bench -- --growth`: the paths a user waits on, measured the same way on the S, M and L
// demo files (`--growth=1m`: also on a file of 1,000,000 projects, which takes long to build), so
// the table shows how each grows with the ledger. The measuring reuses the main run's pieces
// (the open + first page of open.bench.ts, the search queries of search.bench.ts, the import
// as the window waits for it, of import.bench.ts); only the plans are smaller.
import { existsSync, rmSync } from 'node:fs';
import { freshCopy } from './freshCopy';
import { join } from 'node:path';
import { createBackup } from '../main/db/backup';
import { closeDatabase, openDatabase } from '../main/db/open';
import { generateDemo } from '../main/domain/demo';
import { PLANS, type DemoSize } from '../main/domain/demo/context';
import { flushSearchQueue } from '../main/domain/search';
import { aProjectEdit, benchContext, call } from './context';
import type { GrowthPath, GrowthSize } from './growthTable';
import { appRunner, importIntoLedger } from './import.bench';
import { writeLedger } from './ledgerFixture';
import { time, timeAsync, timeEach, type Plan } from './measure';
import { FIRST_PAGE } from './open.bench';
import { benchSearch } from './search.bench';
import type { Summary } from './stats';

/** Rows of the ledger imported into every size: the same batch, so only the file grows. */
export const GROWTH_BATCH = 2_000;
const FAST: Plan = { warmup: 2, iterations: 15 };
const OPENS: Plan = { warmup: 1, iterations: 5 };
const IMPORTS: Plan = { warmup: 0, iterations: 2 };
const SEARCH_PER_KIND = 10;
// Few matches: the case that walks the most rows when the filter is not answered from an index.
const CONTAINS = { ...FIRST_PAGE, filters: { name: { type: 'text', op: 'contains', value: '宁德' } } };

/** 1M: the L plan with ten times the companies, projects and interactions. */
const MILLION = { ...PLANS.L, companies: 1_000_000, projects: 1_000_000, interactions: 5_000_000 };

export const growthLabels = (million: boolean): string[] => ['S', 'M', 'L', ...(million ? ['1M'] : [])];

type Log = (msg: string) => void;

/**
 * The demo of one size in `path` (kept if it is there). 1M is the L generator with its plan
 * scaled for the one call, then put back.
 */
function build(label: string, path: string, log: Log): void {
  if (existsSync(path)) return log(`${label}: reusing ${path}`);
  const db = openDatabase(path);
  const size: DemoSize = label === '1M' ? 'L' : (label as DemoSize);
  const saved = { ...PLANS.L };
  if (label === '1M') Object.assign(PLANS.L, MILLION);
  let shown = -1;
  let built = false;
  // The demo is one transaction. At 1M it writes 25 GB, which in a WAL makes every page read
  // search a WAL of that size: the build stalls. A rollback journal kept in memory holds only
  // the pages the file had before (the schema: the rest is new), and a fixture needs no fsync (a
  // failed build is deleted below). The file measured is in WAL mode again, as every ledger is.
  db.pragma('journal_mode = MEMORY');
  db.pragma('synchronous = OFF');
  try {
    const demo = generateDemo(db, size, undefined, {
      onProgress: (done, total) => {
        const pct = Math.floor((100 * done) / Math.max(1, total) / 5) * 5;
        if (pct > shown) log(`${label}: building… ${(shown = pct)} %`);
      },
    });
    log(`${label}: built in ${(demo.millis / 1000).toFixed(0)} s`);
    db.pragma('journal_mode = WAL');
    built = true;
  } finally {
    Object.assign(PLANS.L, saved);
    closeDatabase(db);
    if (!built) for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  }
}

async function measure(path: string, tmp: string, ledger: string, label: string): Promise<Summary[]> {
  const open = time(OPENS, () => closeDatabase(openDatabase(path)));
  const firstPage = await timeEach(
    OPENS,
    () => openDatabase(path),
    (db) => call(benchContext(db, path), 'projects.list', FIRST_PAGE),
    closeDatabase,
  );
  const year = new Date().getFullYear();
  const period = { from: `${year}-01-01`, to: `${year}-12-31` };
  // The dashboard as the first thing opened: no month of the year is kept yet on the connection.
  const firstKpis = await timeEach(
    OPENS,
    () => openDatabase(path),
    (db) => call(benchContext(db, path), 'indicators.kpis', period),
    closeDatabase,
  );
  const db = openDatabase(path);
  const ctx = benchContext(db, path);
  let contains: Summary, search: Summary;
  const dashboard: Summary[] = [];
  try {
    contains = await timeAsync(FAST, () => call(ctx, 'projects.list', CONTAINS));
    flushSearchQueue(db);
    const s = benchSearch(db, SEARCH_PER_KIND);
    search = { n: s.calls, p50: s.p50, p95: s.p95, max: s.max };
    // The first read after a save: the dashboard keeps its figures only while nothing is written,
    // and its whole months until a record of theirs changes (the edit outdates one).
    for (const [channel, input] of DASHBOARD_READS)
      dashboard.push(
        await timeEach(FAST, aProjectEdit(db), () => call(ctx, channel, { ...period, ...input })),
      );
  } finally {
    closeDatabase(db);
  }
  const copy = join(tmp, 'growth-import.sqlite');
  const backups = join(tmp, 'backups');
  const runner = appRunner();
  // The catch-up of one run ends before the next copy replaces its file.
  let caughtUp: Promise<unknown> = Promise.resolve();
  const imported = await timeEach(
    IMPORTS,
    async () => {
      await caughtUp;
      rmSync(backups, { recursive: true, force: true });
      // At 1M the periodic backup after the import (25 GB more) does not fit on the disk beside
      // the file and its copy: one was taken recently, as for someone who backs up as told.
      if (label === '1M') recentBackup(backups);
      freshCopy(path, copy);
    },
    async () => {
      caughtUp = (await importIntoLedger(ledger, copy, runner)).caughtUp;
    },
  );
  await caughtUp;
  rmSync(copy, { force: true });
  return [open, firstPage, contains, search, firstKpis, ...dashboard, imported];
}

/** A backup of an empty ledger taken now: the next periodic one is not due yet. */
function recentBackup(dir: string): void {
  const empty = openDatabase(':memory:');
  try {
    createBackup(empty, dir, 'auto');
  } finally {
    closeDatabase(empty);
  }
}

/** The dashboard's reads timed at every size after an edit: the KPI cards and each chart. */
const DASHBOARD_READS: readonly [string, object, string][] = [
  ['indicators.kpis', {}, 'KPIs (13 indicators), after a change'],
  ['indicators.breakdown', { dimension: 'province' }, 'dashboard by province, after a change'],
  ['indicators.workload', {}, 'dashboard workload, after a change'],
  ['indicators.cycleTimes', {}, 'dashboard cycle times, after a change'],
  ['indicators.trend', {}, 'dashboard trend by month, after a change'],
  ['indicators.funnel', {}, 'dashboard funnel, after a change'],
  ['indicators.ranking', { indicator: 'companiesVisited' }, 'ranking on 走访企业数, after a change'],
];

const PATH_NAMES = [
  'open the file',
  'first grid page after open',
  `contains 项目名称 “宁德”`,
  'global search (per keystroke)',
  'KPIs, first read after opening the file',
  ...DASHBOARD_READS.map(([, , name]) => name),
  `import ${GROWTH_BATCH} rows (import.run)`,
];

/**
 * Builds (or reuses, in `keep`) each size and measures it; the files built in `tmp` are deleted
 * as soon as they are measured, so at most one large file is on disk at a time.
 */
export async function benchGrowth(
  labels: readonly string[],
  tmp: string,
  keep: string | undefined,
  log: Log,
): Promise<{ sizes: GrowthSize[]; paths: GrowthPath[] }> {
  const ledger = join(tmp, 'growth-ledger.xlsx');
  await writeLedger(ledger, GROWTH_BATCH);
  const sizes: GrowthSize[] = [];
  const bySize: Summary[][] = [];
  for (const label of labels) {
    const path = join(keep ?? tmp, `growth-${label}.sqlite`);
    build(label, path, log);
    const db = openDatabase(path);
    const projects = db.prepare('SELECT count(*) FROM projects').pluck().get() as number;
    closeDatabase(db);
    log(`${label}: measuring (${projects} projects)…`);
    bySize.push(await measure(path, tmp, ledger, label));
    sizes.push({ label, projects });
    if (!keep) for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  }
  const paths = PATH_NAMES.map((name, i) => ({ name, bySize: bySize.map((m) => m[i] ?? null) }));
  return { sizes, paths };
}
