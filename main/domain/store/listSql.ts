// SQL pieces the list planner shares with listKeys: LIKE escaping, indexed value lookups and
// the thresholds that pick a plan.

export { escapeLike } from '../search/like';

/**
 * `IN (…)` the distinct values of an indexed column that are LIKE the one parameter. The values
 * are found by stepping down the column's index from one value to the next (one seek each, tens
 * of them for 行业 or 产业链) instead of reading all 100,000 entries to drop the repeats.
 */
export const valuesLike = (table: string, column: string): string =>
  `IN (WITH RECURSIVE v(x) AS (SELECT min(${column}) FROM ${table}
     UNION ALL SELECT (SELECT min(${column}) FROM ${table} WHERE ${column} > v.x) FROM v WHERE v.x IS NOT NULL)
   SELECT x FROM v WHERE x LIKE ? ESCAPE '\\')`;

/**
 * fewKeys: at most this many keys are sorted outright: read by key and sorted, 3,000 rows take
 * about 5 ms on L. More, and walking the sort order's index meets the page early (one row in 30
 * or more matches) while a sort would read them all.
 * denseRows: past this many rows matching a column's values, keys cost more to gather than the
 * walk, where the page is met early: the filter stays a condition of the walk.
 */
export const listPlanning = { fewKeys: 3000, denseRows: 10_000 };
