import { createHash } from 'node:crypto';
import type { Db } from '../db/open';
import { carriedColumns, syncedSpec, syncedTableNames } from './syncedTables';
import { travelling } from './travelling';

/**
 * A digest of one synced table's content as every device sees it: rows by gid, references as
 * gids, local ids and derived columns left out. Two devices that have received the same changes
 * have equal digests; the sync tests compare them, and 团队同步 shows them to compare by eye.
 */
export function tableHash(db: Db, table: string): { rows: number; hash: string } {
  const spec = syncedSpec(table)!;
  const columns = carriedColumns(table);
  const key = spec.join ? spec.join.map((c) => travelling(table, c)).join(` || '|' || `) : 't.gid';
  const rows = db
    .prepare(
      `SELECT ${key} AS k, ${columns.map((c) => `${travelling(table, c)} AS "${c}"`).join(', ')} FROM ${table} AS t`,
    )
    .raw()
    .all() as unknown[][];
  return digestRows(rows);
}

/**
 * The digest of a table's rows given as [key, ...carried values] (references as gids): sorted
 * by key, so any store holding the same rows — a laptop's ledger, the office server's
 * PostgreSQL mirror — gives the same digest.
 */
export function digestRows(rows: unknown[][]): { rows: number; hash: string } {
  rows.sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : String(a[0]) > String(b[0]) ? 1 : 0));
  const h = createHash('sha256');
  for (const r of rows) h.update(JSON.stringify(r)).update('\n');
  return { rows: rows.length, hash: h.digest('hex') };
}

export const ledgerHashes = (db: Db): Record<string, { rows: number; hash: string }> =>
  Object.fromEntries(syncedTableNames().map((t) => [t, tableHash(db, t)]));
