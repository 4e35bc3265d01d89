import type { Db } from '../../db/open';
import { prepareCached } from '../../db/statements';
import type { ListQuery } from '@contract/shared/listQuery';
import type { ListSpec } from './listSpec';
import { slimFrom } from './slimFrom';

/**
 * A filtered page can be read two ways: find the matching rows by the filter's index and sort
 * them all, or walk the sort column's index and keep the rows that match until the page is
 * full. SQLite picks the first whenever a filter has an index, and so sorts 10,000 projects
 * signed this year to show 100 (40 ms on the L demo) when walking the newest-first index would
 * meet those 100 within the first few thousand (under 2 ms). The count, which the page needs
 * anyway, tells how dense the matches are: when they are dense enough that the page is
 * expected within SCAN_BUDGET rows of the start, the walk is taken.
 */
const SCAN_BUDGET = 5000;

export function pageIsNearTheStart(db: Db, spec: ListSpec, query: ListQuery, total: number): boolean {
  if (total === 0) return false;
  // The largest key stands in for the table's size: one step down the table's b-tree.
  const size = prepareCached(db, `SELECT max(${spec.key}) FROM ${slimFrom(spec.from, '')}`, {
    pluck: true,
  }).get() as number | null;
  return size !== null && ((query.offset + query.limit) * size) / total <= SCAN_BUDGET;
}

/** Whether SQLite reads the statement's rows in the wanted order, without sorting them itself. */
const planCache = new WeakMap<Db, Map<string, boolean>>();

export function readsInOrder(db: Db, sql: string): boolean {
  let plans = planCache.get(db);
  if (!plans) {
    plans = new Map();
    planCache.set(db, plans);
  }
  let ordered = plans.get(sql);
  if (ordered === undefined) {
    const steps = db
      .prepare(`EXPLAIN QUERY PLAN ${sql}`)
      .all(...Array.from(sql.matchAll(/\?/g), () => null)) as {
      detail: string;
    }[];
    ordered = !steps.some((s) => s.detail.includes('TEMP B-TREE FOR ORDER BY'));
    if (plans.size > 500) plans.clear();
    plans.set(sql, ordered);
  }
  return ordered;
}
