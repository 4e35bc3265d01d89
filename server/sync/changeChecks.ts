import type { SyncChange } from '../../main/sync/change';
import { isHlc } from '../../main/sync/hlc';
import { carriedColumns, syncedTableNames } from '../../main/sync/syncedTables';
import { ServerRefusal } from '../seams';

/** A set, not a lookup on a plain object: `constructor` or `toString` is no table here. */
const TABLES = new Set(syncedTableNames());

/**
 * What the protocol's schema cannot know: that a change names a table the ledger syncs, columns
 * that table carries, and a clock the sync core can read. The merge trusts all three (a clock is
 * parsed, a column travels on to every laptop), so a page with one change that fails them is
 * refused whole, before anything is merged.
 */
function problemOf(c: SyncChange): string | null {
  if (!TABLES.has(c.tbl)) return `没有“${c.tbl}”这张同步表`;
  if (!isHlc(c.hlc)) return `时钟“${c.hlc.slice(0, 30)}”格式不正确`;
  const keys = Object.keys(c.fields ?? {});
  if (c.op === 'del') {
    // A deletion carries no values; a record merged into another says which one.
    const merged = keys.length === 1 && keys[0] === '_into' && typeof c.fields?._into === 'string';
    return keys.length === 0 || merged ? null : '删除记录的变更不应带字段值';
  }
  const carried = new Set(carriedColumns(c.tbl));
  const unknown = keys.find((k) => !carried.has(k));
  return unknown === undefined ? null : `“${c.tbl}”表没有“${unknown}”这个字段`;
}

/** Throws a 400 refusal naming the first change the server cannot take. */
export function refuseBadChanges(changes: readonly SyncChange[]): void {
  for (const [i, c] of changes.entries()) {
    const problem = problemOf(c);
    if (problem)
      throw new ServerRefusal(400, 'BAD_CHANGE', `第 ${i + 1} 条变更无效：${problem}。这批变更均未写入。`);
  }
}
