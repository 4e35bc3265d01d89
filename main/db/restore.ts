import { connect, databaseKey, isPlainFile } from './cipher';
import { closeSync, fstatSync, lstatSync, mkdirSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '@contract/shared/errors';
import { createBackup, inspectFile, listBackups } from './backup';
import { bringBackAttachments } from './backupAttachments';
import type { BackupInfo, RestoreProgress, RestoreResult } from '@contract/backups/schema';
import { migrations } from './migrations';
import { closeDatabase, openDatabase, type Db } from './open';
import { phaseReporter, type PhaseReporter } from './restoreProgress';
import { schemaFingerprint, schemaMismatch } from './schemaFingerprint';
import { KEPT_BY_RESTORE, recordRestore, refusePreSyncBackup } from '../sync/restoreChanges';
import { withoutCapture } from '../sync/syncFunctions';

export type { RestoreResult };

/** A file to restore from: one of the listed backups, or a file the person chose. */
export interface RestoreSource {
  name: string;
  path: string;
}

function findBackup(dir: string, name: string): BackupInfo {
  // Only a name from the list: never a path the caller made up.
  const backup = listBackups(dir).find((b) => b.name === name);
  if (!backup) throw new DomainError('NOT_FOUND', `备份“${name}”不存在`);
  return backup;
}

const CHUNK = 8 * 1024 * 1024;

/** A file copied a slice at a time, so a restore of a large ledger can say how far it is. */
function copyInChunks(from: string, to: string, onShare: (share: number) => void): void {
  const source = openSync(from, 'r');
  try {
    const target = openSync(to, 'wx', 0o600);
    try {
      const total = fstatSync(source).size;
      const buffer = Buffer.allocUnsafe(Math.min(CHUNK, Math.max(1, total)));
      for (let at = 0, n = 0; (n = readSync(source, buffer, 0, buffer.length, at)) > 0;) {
        writeSync(target, buffer, 0, n);
        at += n;
        onShare(total ? at / total : 1);
      }
    } finally {
      closeSync(target);
    }
  } finally {
    closeSync(source);
  }
}

/**
 * A file SQLite cannot open at all is not a damaged backup but something else (a spreadsheet,
 * a document), or a backup encrypted with another computer's key: said so, not "damaged".
 */
function refuseUnreadable(path: string, version: number | null): void {
  if (version !== null || (isPlainFile(path) && !databaseKey())) return;
  throw new DomainError(
    'BACKUP_FOREIGN',
    databaseKey()
      ? `该文件不是招商通的备份，或来自用另一把密钥加密的数据库，不能恢复。${UNCHANGED}`
      : `该文件不是招商通的备份（不是数据库文件），不能恢复。${UNCHANGED}`,
  );
}

/** Copies the backup aside and brings it to this version's schema, leaving the backup itself untouched. */
function preparedCopy(db: Db, backup: RestoreSource, dir: string, report: PhaseReporter): string {
  report('check');
  // A link could point anywhere on the machine: only a file itself is read.
  if (!lstatSync(backup.path).isFile()) throw new DomainError('NOT_FOUND', `备份“${backup.name}”不存在`);
  const check = inspectFile(backup.path);
  refuseUnreadable(backup.path, check.version);
  if (check.version !== null && check.version > migrations.length) {
    throw new DomainError(
      'DB_NEWER',
      `该备份来自更高版本的招商通（数据版本 ${check.version}，本程序为 ${migrations.length}），不能恢复。请升级后再试。`,
    );
  }
  if (!check.ok) throw new DomainError('DB_CORRUPT', `该备份文件已损坏，不能恢复：${check.problem ?? ''}`);
  refusePreSyncBackup(db, check.version);
  // A first restore from a chosen file may come before any backup made the folder.
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const copy = join(dir, `.restore-${process.pid}-${Date.now()}.sqlite`);
  try {
    copyInChunks(backup.path, copy, (share) => report('copy', share));
    report('verify');
    checkRestorable(copy);
    closeDatabase(openDatabase(copy));
  } catch (err) {
    removeCopy(copy);
    throw err;
  }
  return copy;
}

const UNCHANGED = '当前数据未作任何更改。';

/**
 * A backup replaces every row of every table, so it must be one of ours, whole: a file with a
 * version number of ours but other tables would otherwise empty the office's database and pass
 * as a success. Its tables and columns must be exactly those of its version, and every reference
 * between its records must hold.
 */
function checkRestorable(copy: string): void {
  const probe = connect(copy, { readonly: true, fileMustExist: true });
  try {
    const version = probe.pragma('user_version', { simple: true }) as number;
    if (version === 0)
      throw new DomainError(
        'BACKUP_FOREIGN',
        `该文件不是招商通的备份（没有数据版本），不能恢复。${UNCHANGED}`,
      );
    const mismatch = schemaMismatch(schemaFingerprint(probe), version);
    if (mismatch)
      throw new DomainError(
        'BACKUP_FOREIGN',
        `该文件不是完整的招商通备份（${mismatch}），不能恢复。${UNCHANGED}`,
      );
    const broken = probe.pragma('foreign_key_check') as { table: string }[];
    if (broken.length) {
      const tables = [...new Set(broken.map((b) => b.table))].slice(0, 5).join('、');
      throw new DomainError(
        'BACKUP_INCONSISTENT',
        `该备份中有 ${broken.length} 条记录引用了不存在的记录（数据表 ${tables}），不能恢复。${UNCHANGED}`,
      );
    }
  } finally {
    probe.close();
  }
}

const removeCopy = (path: string): void => {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
};

function copyableTables(db: Db): string[] {
  const rows = db
    .prepare(`SELECT name, sql FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .all() as { name: string; sql: string }[];
  const virtual = rows.filter((r) => /^CREATE\s+VIRTUAL\s+TABLE/i.test(r.sql)).map((r) => r.name);
  // Virtual tables and their shadow tables are rebuilt by their owners, not copied row by row.
  return rows
    .map((r) => r.name)
    .filter((name) => !virtual.some((v) => name === v || name.startsWith(`${v}_`)));
}

const columnsOf = (db: Db, schema: string, table: string): string[] =>
  (db.pragma(`${schema}.table_info("${table}")`) as { name: string }[]).map((c) => c.name);

/**
 * Replaces every row of the live database with the prepared copy's rows, in one transaction.
 * The team-sync bookkeeping stays this laptop's own, and the difference between the ledger
 * before and the backup is recorded first, in the same transaction, as changes that travel to
 * the other laptops (recordRestore); the rows themselves are then copied with capture off.
 */
function copyInto(db: Db, copy: string, report: PhaseReporter): void {
  db.prepare(`ATTACH DATABASE ? AS restore_src`).run(copy);
  try {
    withoutCapture(db, () =>
      db
        .transaction(() => {
          db.pragma('defer_foreign_keys = ON');
          recordRestore(db, 'restore_src');
          replaceRows(db, report);
        })
        .immediate(),
    );
  } finally {
    db.exec('DETACH DATABASE restore_src');
  }
}

/** Every table's rows from the attached copy; how far it is goes by the rows copied so far. */
function replaceRows(db: Db, report: PhaseReporter): void {
  const tables = copyableTables(db)
    .filter((table) => !KEPT_BY_RESTORE.has(table))
    .map((table) => {
      const src = columnsOf(db, 'restore_src', table);
      const rows = src.length
        ? (db.prepare(`SELECT count(*) FROM restore_src."${table}"`).pluck().get() as number)
        : 0;
      return { table, src, rows };
    });
  const total = tables.reduce((sum, t) => sum + t.rows, 0);
  let done = 0;
  for (const { table, src: srcColumns, rows } of tables) {
    const src = new Set(srcColumns);
    const cols = columnsOf(db, 'main', table)
      .filter((c) => src.has(c))
      .map((c) => `"${c}"`)
      .join(', ');
    db.exec(`DELETE FROM main."${table}"`);
    if (cols) db.exec(`INSERT INTO main."${table}" (${cols}) SELECT ${cols} FROM restore_src."${table}"`);
    done += rows;
    report('replace', total ? done / total : 1);
  }
  const sequences = db
    .prepare(`SELECT count(*) FROM restore_src.sqlite_schema WHERE name = 'sqlite_sequence'`)
    .pluck()
    .get() as number;
  if (sequences) {
    db.exec(`DELETE FROM main.sqlite_sequence;
             INSERT INTO main.sqlite_sequence SELECT * FROM restore_src.sqlite_sequence;`);
  }
}

/**
 * Restores a backup into the open database: checked first (refused when corrupt or from a newer
 * version), the current state kept as a "restore" backup, then all rows replaced in one
 * transaction. The connection stays open, so nothing else in the app has to reconnect.
 */
export function restoreBackup(
  db: Db,
  dir: string,
  name: string,
  onProgress?: RestoreProgress,
): RestoreResult {
  const restored = findBackup(dir, name);
  return { restored, ...restoreSource(db, dir, restored, onProgress) };
}

/**
 * The same restore from a file the person chose (a backup saved to a USB stick, or from another
 * computer), with every check a listed backup gets. Returns the backup of the data before.
 */
export function restoreSource(
  db: Db,
  dir: string,
  source: RestoreSource,
  onProgress?: RestoreProgress,
): Omit<RestoreResult, 'restored'> {
  const report = phaseReporter(onProgress);
  const copy = preparedCopy(db, source, dir, report);
  try {
    report('keep');
    const keptAs = createBackup(db, dir, 'restore');
    const missing = bringBackAttachments(copy, db.name, dir);
    report('replace');
    copyInto(db, copy, report);
    return { keptAs, ...(missing.length ? { missingAttachments: missing.length } : {}) };
  } finally {
    removeCopy(copy);
  }
}
