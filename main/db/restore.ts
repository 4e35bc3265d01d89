import { connect } from './cipher';
import { copyFileSync, lstatSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../domain/shared/errors';
import { createBackup, inspectFile, listBackups } from './backup';
import { bringBackAttachments } from './backupAttachments';
import type { BackupInfo, RestoreResult } from '../domain/backups/schema';
import { migrations } from './migrations';
import { closeDatabase, openDatabase, type Db } from './open';
import { schemaFingerprint, schemaMismatch } from './schemaFingerprint';

export type { RestoreResult };

function findBackup(dir: string, name: string): BackupInfo {
  // Only a name from the list: never a path the caller made up.
  const backup = listBackups(dir).find((b) => b.name === name);
  if (!backup) throw new DomainError('NOT_FOUND', `备份“${name}”不存在`);
  return backup;
}

/** Copies the backup aside and brings it to this version's schema, leaving the backup itself untouched. */
function preparedCopy(backup: BackupInfo, dir: string): string {
  const check = inspectFile(backup.path);
  if (check.version !== null && check.version > migrations.length) {
    throw new DomainError(
      'DB_NEWER',
      `该备份来自更高版本的招商通（数据版本 ${check.version}，本程序为 ${migrations.length}），不能恢复。请升级后再试。`,
    );
  }
  if (!check.ok) throw new DomainError('DB_CORRUPT', `该备份文件已损坏，不能恢复：${check.problem ?? ''}`);
  // A link in the backups folder could point anywhere on the machine: only a file itself is read.
  if (!lstatSync(backup.path).isFile()) throw new DomainError('NOT_FOUND', `备份“${backup.name}”不存在`);
  const copy = join(dir, `.restore-${process.pid}-${Date.now()}.sqlite`);
  copyFileSync(backup.path, copy);
  try {
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

/** Replaces every row of the live database with the prepared copy's rows, in one transaction. */
function copyInto(db: Db, copy: string): void {
  db.prepare(`ATTACH DATABASE ? AS restore_src`).run(copy);
  try {
    db.transaction(() => {
      db.pragma('defer_foreign_keys = ON');
      for (const table of copyableTables(db)) {
        const src = new Set(columnsOf(db, 'restore_src', table));
        const cols = columnsOf(db, 'main', table)
          .filter((c) => src.has(c))
          .map((c) => `"${c}"`)
          .join(', ');
        db.exec(`DELETE FROM main."${table}"`);
        if (cols) db.exec(`INSERT INTO main."${table}" (${cols}) SELECT ${cols} FROM restore_src."${table}"`);
      }
      const sequences = db
        .prepare(`SELECT count(*) FROM restore_src.sqlite_schema WHERE name = 'sqlite_sequence'`)
        .pluck()
        .get() as number;
      if (sequences) {
        db.exec(`DELETE FROM main.sqlite_sequence;
                 INSERT INTO main.sqlite_sequence SELECT * FROM restore_src.sqlite_sequence;`);
      }
    }).immediate();
  } finally {
    db.exec('DETACH DATABASE restore_src');
  }
}

/**
 * Restores a backup into the open database: checked first (refused when corrupt or from a newer
 * version), the current state kept as a "restore" backup, then all rows replaced in one
 * transaction. The connection stays open, so nothing else in the app has to reconnect.
 */
export function restoreBackup(db: Db, dir: string, name: string): RestoreResult {
  const restored = findBackup(dir, name);
  const copy = preparedCopy(restored, dir);
  try {
    const keptAs = createBackup(db, dir, 'restore');
    const missing = bringBackAttachments(copy, db.name, dir);
    copyInto(db, copy);
    return { restored, keptAs, ...(missing.length ? { missingAttachments: missing.length } : {}) };
  } finally {
    removeCopy(copy);
  }
}
