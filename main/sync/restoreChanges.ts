import { DomainError } from '@contract/shared/errors';
import type { Db } from '../db/open';
import { prepareCached } from '../db/statements';
import { carriedColumns, syncedSpec, syncedTableNames } from './syncedTables';
import { travelling } from './travelling';

/**
 * What a restore leaves as it was: who this laptop is, the change log (what the other laptops
 * have seen of it stays true), the merge redirects, the trusted laptops, and 同步冲突 (a list
 * about the exchange itself, not a record of the ledger).
 */
export const KEPT_BY_RESTORE: ReadonlySet<string> = new Set([
  'sync_self',
  'sync_changes',
  'sync_redirects',
  'sync_peers',
  'sync_conflicts',
]);

/** The migration that gave every row a global id (gid). */
const SYNC_VERSION = 12;

const restoredTables = (): string[] => syncedTableNames().filter((t) => !KEPT_BY_RESTORE.has(t));

/**
 * A backup written before team sync has no gids: its records cannot be told apart from the
 * other laptops' copies of them. A ledger that has met no other laptop may still go back to
 * it (its records are then new to everyone); one that has is refused, nothing changed.
 */
export function refusePreSyncBackup(db: Db, backupVersion: number | null): void {
  if (backupVersion === null || backupVersion >= SYNC_VERSION) return;
  const met =
    (db.prepare(`SELECT count(*) FROM sync_peers`).pluck().get() as number) > 0 ||
    db.prepare(`SELECT last_export_at FROM sync_self`).pluck().get() !== null;
  if (!met) return;
  throw new DomainError(
    'BACKUP_BEFORE_SYNC',
    `该备份早于团队同步（数据版本 ${backupVersion}），其中的记录没有全局编号，恢复后无法与其他笔记本上的同一记录对应，不能恢复。请选择启用团队同步之后的备份。当前数据未作任何更改。`,
  );
}

export interface RestoreChanges {
  /** Records the backup holds that differ here, or that it brings back: recorded as edits. */
  puts: number;
  /** Records the backup lacks: recorded as deletions. */
  dels: number;
  /** Records of the backup deleted since: they come back as new records (new gids). */
  reborn: number;
}

const record = (db: Db, table: string, gid: string, op: 'put' | 'del', fields: string | null): void => {
  // As the delete trigger does: a deleted record's earlier values leave the log with it.
  if (op === 'del')
    prepareCached(db, `DELETE FROM main.sync_changes WHERE tbl = ? AND gid = ? AND op = 'put'`).run(
      table,
      gid,
    );
  prepareCached(
    db,
    `INSERT INTO main.sync_changes (hlc, device, tbl, gid, op, fields, actor)
     VALUES (sync_hlc((SELECT max(hlc) FROM main.sync_changes)), (SELECT device FROM main.sync_self), ?, ?, ?, ?, sync_actor())`,
  ).run(table, gid, op, fields);
};

/** Only the fields that differ, as an update records them. */
function changedFields(before: string, after: string): string {
  const was = JSON.parse(before) as Record<string, unknown>;
  const now = JSON.parse(after) as Record<string, unknown>;
  return JSON.stringify(Object.fromEntries(Object.entries(now).filter(([k, v]) => was[k] !== v)));
}

/**
 * Records a restore as changes that travel: with the backup attached as `src` and before any row
 * of the ledger is replaced, in the restore's transaction and with capture off (the rows are
 * then copied, not written one by one). Every record is compared as it travels (references as
 * gids): one the backup holds differently is an edit of the fields that differ, one it lacks a
 * deletion, one it holds that this ledger never had (or a membership) an addition. Deletion is
 * final on every laptop, so a record the backup holds that was deleted since (or merged away)
 * comes back as a new record: the backup's copy gets a new gid first, so its children follow it.
 * Each change gets a fresh clock, later than anything the ledger has seen.
 */
export function recordRestore(db: Db, src: string): RestoreChanges {
  const out: RestoreChanges = { puts: 0, dels: 0, reborn: 0 };
  for (const table of restoredTables()) {
    if (syncedSpec(table)!.join) continue;
    out.reborn += db
      .prepare(
        `UPDATE ${src}.${table} SET gid = lower(hex(randomblob(16)))
         WHERE gid IN (SELECT gid FROM main.sync_changes WHERE tbl = ? AND op = 'del')`,
      )
      .run(table).changes;
  }
  for (const table of restoredTables()) {
    const columns = carriedColumns(table);
    const fields = (alias: string, schema: string) =>
      `json_object(${columns.map((c) => `'${c}', ${travelling(table, c, alias, schema)}`).join(', ')})`;
    const join = syncedSpec(table)!.join;
    const key = (alias: string, schema: string) =>
      join ? join.map((c) => travelling(table, c, alias, schema)).join(` || '|' || `) : `${alias}.gid`;
    const backup = `SELECT ${key('r', src)} AS gid, ${fields('r', src)} AS fields FROM ${src}.${table} AS r`;
    const live = `SELECT ${key('m', 'main')} AS gid, ${fields('m', 'main')} AS fields FROM main.${table} AS m`;
    const differing = db
      .prepare(
        `WITH b AS MATERIALIZED (${backup}), l AS MATERIALIZED (${live})
         SELECT b.gid, b.fields AS after, l.fields AS before
         FROM b LEFT JOIN l ON l.gid = b.gid
         WHERE b.gid IS NOT NULL AND l.fields IS NOT b.fields`,
      )
      .all() as { gid: string; after: string; before: string | null }[];
    for (const d of differing) {
      record(db, table, d.gid, 'put', d.before === null ? d.after : changedFields(d.before, d.after));
      out.puts++;
    }
    const gone = db
      .prepare(
        `WITH b AS MATERIALIZED (${backup}), l AS MATERIALIZED (${live})
         SELECT l.gid FROM l WHERE l.gid IS NOT NULL AND l.gid NOT IN (SELECT gid FROM b WHERE gid IS NOT NULL)`,
      )
      .pluck()
      .all() as string[];
    for (const gid of gone) {
      record(db, table, gid, 'del', null);
      out.dels++;
    }
  }
  return out;
}
