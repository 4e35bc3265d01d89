// Opening the file as a person waits for it: the app's open (pragmas, cheap header and schema
// probe, migration check) and the first grid page. Warm: reopened in this process, the file's
// pages in the OS cache as after a restart. Cold: the first open in a new process, after the
// page cache is dropped where the bench may (root on Linux). The whole-file quick_check is timed
// apart: in front only after an unclean shutdown, otherwise in a worker after the first page.
import Database from '../main/db/driver';
import { spawnSync } from 'node:child_process';
import { accessSync, constants, rmSync, writeFileSync } from 'node:fs';
import { quickCheckInWorker } from '../main/db/integrityCheck';
import { closeDatabase, openDatabase, type OpenOptions } from '../main/db/open';
import { todayLocal } from '@contract/shared/time';
import { benchContext, call } from './context';
import { rawPage } from './grid.bench';
import { time, timeAsync, timeEach, type Plan } from './measure';
import { row, summarise, type BenchRow } from './stats';

const OPEN = { p95Ms: 300 };
/** The 招商项目 grid's first page as it opens: no filter, the default order. */
export const FIRST_PAGE = { offset: 0, limit: 100, sort: [] };

/** What the person waits for: the file opened and the 招商项目 grid's first page read. */
export async function openAndFirstPage(path: string, options: OpenOptions = {}): Promise<void> {
  const db = openDatabase(path, options);
  await call(benchContext(db, path), 'projects.list', FIRST_PAGE);
  closeDatabase(db);
}

const DROP_CACHES = '/proc/sys/vm/drop_caches';

/**
 * Asks the OS to forget the file's pages, only where the bench may (root, and the kernel's knob
 * writable); says whether it did. Elsewhere the cold row says the cache was not dropped.
 */
function dropPageCache(): boolean {
  if (process.getuid?.() !== 0) return false;
  try {
    accessSync(DROP_CACHES, constants.W_OK);
    spawnSync('sync');
    writeFileSync(DROP_CACHES, '1');
    return true;
  } catch {
    return false;
  }
}

/** The child's side of the cold open: `run.mjs --open-once <file>` prints the milliseconds. */
export async function openOnce(path: string): Promise<void> {
  const t = performance.now();
  await openAndFirstPage(path);
  process.stdout.write(`${performance.now() - t}\n`);
}

export async function benchOpen(path: string, tmp: string, plan: Plan, heavy: Plan): Promise<BenchRow[]> {
  const warm = await timeAsync(plan, () => openAndFirstPage(path));
  const raw = time(plan, () => {
    const db = new Database(path);
    db.function('office_today', { deterministic: false }, () => todayLocal());
    rawPage(db, '', 'p.updated_at DESC, p.id DESC')([]);
    db.close();
  });
  // The child's own figure: from openDatabase to the page, without starting Node.
  let dropped = false;
  const coldSamples: number[] = [];
  for (let i = 0; i < plan.iterations; i++) {
    dropped = dropPageCache();
    const child = spawnSync(process.execPath, [process.argv[1] ?? '', '--open-once', path], {
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`cold open failed: ${child.stderr}`);
    coldSamples.push(Number(child.stdout.trim()));
  }
  const cold = summarise(coldSamples);
  const checkedFirst = await timeAsync(heavy, () => openAndFirstPage(path, { fullCheck: true }));
  const background = await timeAsync(heavy, () => quickCheckInWorker(path));
  const fresh = `${tmp}/fresh.sqlite`;
  const migrate = await timeEach(
    plan,
    () => rmSync(fresh, { force: true }),
    () => openAndFirstPage(fresh),
  );
  const cache = `${dropped ? 'page cache dropped before each' : 'page cache not dropped (needs root)'}; the child's own time from openDatabase to the page, on ${process.version}`;
  return [
    row(
      'open',
      'open the demo file + first grid page (warm)',
      warm,
      raw,
      OPEN,
      'raw: new Database + hand-written page',
    ),
    row('open', 'open + first grid page, first in a new process (cold)', cold, null, OPEN, cache),
    row('open', 'open + first page after an unclean shutdown (quick_check first)', checkedFirst, null),
    row(
      'open',
      'quick_check in the background worker',
      background,
      null,
      undefined,
      'main thread free meanwhile',
    ),
    row('open', 'new file + migrate + first grid page', migrate, null),
  ];
}
