import type { Db } from '../../db/open';
import { prepareCached } from '../../db/statements';
import { giveWayToWindow } from '../../db/windowFirst';
import { companyTwinKey } from '../shared/companyTwinKey';
import { sortKey } from '../shared/sortKey';

/**
 * Fills the name_sort keys (migration 8) that are still NULL: records inserted or renamed since
 * the last fill, by any writer. Grid reads fill a few first, as the search flushes its queue; bulk
 * writers have the job thread catch up after them (imports, see main/jobs/catchUpJob.ts), so no
 * read has to fill thousands. The demo generator writes the keys with its rows (filling millions
 * one UPDATE at a time, each moving an index entry and a project's copy, was most of the time a
 * 1,000,000-project demo took) and calls the fill only for anything left. Cheap when
 * nothing is missing: one step down each name_sort index. The companies' twin_key (migration
 * 10, for the 疑似重复 list) is filled the same way, from the name key.
 */
const TABLES = { companies: false, contacts: true, projects: false, staff: true, teams: false } as const;

const CHUNK = 5000;

/**
 * What a read on the window's thread fills before it answers: what forms leave behind (a row
 * or a few) at once. A bulk write's backlog is filled by its catch-up in the job thread; rows
 * still waiting sort apart meanwhile, never hold a page up for seconds.
 */
export const FILL_ON_READ = 500;

/** Fills up to `budget` missing keys of one column, `CHUNK` rows per transaction. */
function fillMissing(
  db: Db,
  table: string,
  column: string,
  source: string,
  key: (s: string) => string,
  budget: number,
): number {
  const missing = prepareCached(
    db,
    `SELECT id, ${source} AS s FROM ${table} WHERE ${column} IS NULL LIMIT ?`,
  );
  if (budget <= 0 || missing.get(1) === undefined) return 0;
  const put = prepareCached(db, `UPDATE ${table} SET ${column} = ? WHERE id = ?`);
  const memo = new Map<string, string>();
  let filled = 0;
  while (filled < budget) {
    const rows = missing.all(Math.min(CHUNK, budget - filled)) as { id: number; s: string }[];
    if (rows.length === 0) break;
    db.transaction(() => {
      for (const r of rows) {
        let k = memo.get(r.s);
        if (k === undefined) {
          k = key(r.s);
          memo.set(r.s, k);
        }
        put.run(k, r.id);
      }
    }).immediate();
    filled += rows.length;
  }
  return filled;
}

/** Fills missing sort and twin keys, at most `budget` of them (all by default); returns how many. */
export function fillSortKeys(db: Db, budget = Infinity): number {
  let filled = 0;
  for (const [table, person] of Object.entries(TABLES)) {
    filled += fillMissing(db, table, 'name_sort', 'name', (name) => sortKey(name, person), budget - filled);
  }
  return filled + fillMissing(db, 'companies', 'twin_key', 'name_key', companyTwinKey, budget - filled);
}

/**
 * Fills every missing key a slice at a time, pausing in between: the catch-up after a bulk
 * write, on a connection of its own, each slice a short transaction a save can wait out, the
 * window's calls going first (main/db/windowFirst.ts).
 */
export async function fillSortKeysInSlices(db: Db, slice = 2000): Promise<number> {
  let total = 0;
  for (let n = fillSortKeys(db, slice); n > 0; n = fillSortKeys(db, slice)) {
    total += n;
    await giveWayToWindow();
  }
  return total;
}
