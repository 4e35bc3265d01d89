import type { Db } from '../db/open';
import { prepareCached } from '../db/statements';
import { syncedSpec } from './syncedTables';

export interface LoggedChange {
  hlc: string;
  device: string;
  op: 'put' | 'del';
  fields: string | null;
  actor: string;
}

/** Every change the log holds for one row, oldest first (ties: device id). */
export const rowLog = (db: Db, table: string, gid: string): LoggedChange[] =>
  prepareCached(
    db,
    `SELECT hlc, device, op, fields, actor FROM sync_changes WHERE tbl = ? AND gid = ? ORDER BY hlc, device`,
  ).all(table, gid) as LoggedChange[];

/**
 * Rows whose gid is made from what they mean (a team by its name, a yearly target, a 不是重复
 * mark) can be deleted and made again — undo an import that created a team, then import it again;
 * take back a 不是重复 mark, then mark the pair again. Made again anywhere, it is the same gid, so
 * for them the latest word on existence decides, as for memberships; every other row's deletion
 * is final.
 */
export const revivable = (table: string): boolean => syncedSpec(table)?.naturalGid !== undefined;

/** Whether the row is deleted as far as this device's log says. */
export function isDeleted(db: Db, table: string, gid: string): boolean {
  if (revivable(table)) {
    const latest = prepareCached(
      db,
      `SELECT op FROM sync_changes WHERE tbl = ? AND gid = ? ORDER BY hlc DESC, device DESC LIMIT 1`,
      { pluck: true },
    ).get(table, gid) as string | undefined;
    return latest === 'del';
  }
  return (
    prepareCached(db, `SELECT 1 FROM sync_changes WHERE tbl = ? AND gid = ? AND op = 'del' LIMIT 1`).get(
      table,
      gid,
    ) !== undefined
  );
}

/** Whether the log knows the row at all. */
export const isKnown = (db: Db, table: string, gid: string): boolean =>
  prepareCached(db, `SELECT 1 FROM sync_changes WHERE tbl = ? AND gid = ? LIMIT 1`).get(table, gid) !==
  undefined;

/**
 * The local id of the row with this gid, following merges: a company merged away on another
 * device resolves to the one it was merged into.
 */
export function localIdOf(db: Db, table: string, gid: string): number | undefined {
  let current = gid;
  for (let hop = 0; hop < 16; hop++) {
    const id = prepareCached(db, `SELECT id FROM ${table} WHERE gid = ?`, { pluck: true }).get(current) as
      number | undefined;
    if (id !== undefined) return id;
    const next = prepareCached(db, `SELECT into_gid FROM sync_redirects WHERE tbl = ? AND gid = ?`, {
      pluck: true,
    }).get(table, current) as string | undefined;
    if (next === undefined) return undefined;
    current = next;
  }
  return undefined;
}

export const gidOf = (db: Db, table: string, id: number): string | undefined =>
  prepareCached(db, `SELECT gid FROM ${table} WHERE id = ?`, { pluck: true }).get(id) as string | undefined;
