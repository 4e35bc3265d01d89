import type Database from './driver';
import { connect, databaseKey, isPlainFile } from './cipher';
import { migrate } from './migrate';
import { migrations } from './migrations';
import { existsSync, writeFileSync } from 'node:fs';
import { todayLocal } from '@contract/shared/time';
import { registerTriggerFunctions } from './triggerFunctions';

export type Db = Database.Database;

/** Raised when the file on disk cannot be used as it is; the file is never modified. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly code: 'DB_NEWER' | 'DB_CORRUPT' | 'DB_NOT_DATABASE' | 'DB_WRONG_KEY',
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}

export interface OpenOptions {
  /** Called with the current file path before pending migrations run (e.g. to take a backup). */
  beforeMigrate?: (db: Db, fromVersion: number, toVersion: number) => void;
  /**
   * Read every page (quick_check) before opening. Seconds on a large file, so only when damage is
   * likely: after an unclean shutdown or a damage report (startup.ts). Otherwise the check runs
   * in the background once the app shows its first page (integrityWatch.ts).
   */
  fullCheck?: boolean;
}

/**
 * Pragmas are per connection, so they are set on every open, not once at creation.
 * WAL keeps readers unblocked while a write runs; synchronous=FULL because a lost
 * signing record on a laptop that loses power is worse than a slower commit.
 */
export function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('temp_store = MEMORY');
  // Deleted records are overwritten with zeros, not left readable in free pages of the file.
  db.pragma('secure_delete = ON');
  // SQLite's default page cache is 2 MB, a small part of a grid's indexes on a large file; 64 MB
  // keeps the hot indexes and rows of a 100k-project file in memory between pages. Memory-mapped
  // reads skip a copy per page on top of that; writes still go through the WAL.
  db.pragma(`cache_size = -${64 * 1024}`);
  db.pragma(`mmap_size = ${256 * 1024 * 1024}`);
  // SQL asks for the office's day through the domain clock, not SQLite's date('now'), so the
  // queries and the code that writes dates agree even when the clock is moved in tests.
  db.function('office_today', { deterministic: false }, () => todayLocal());
  registerTriggerFunctions(db);
}

export function openDatabase(path: string, options: OpenOptions = {}): Db {
  // Look at an existing file read-only first: a newer or broken file must stay byte-identical,
  // and switching journal_mode to WAL would already write to it.
  // ':memory:' and '' are SQLite's in-memory and temporary databases: no file to look at.
  const onDisk = path !== ':memory:' && path !== '';
  const isNew = onDisk && !existsSync(path);
  if (onDisk && !isNew) inspectExisting(path, options.fullCheck === true);
  // Owner only; SQLite gives the -wal and -shm files the same permissions as the database.
  if (isNew) writeFileSync(path, '', { mode: 0o600 });
  const db = connect(path);
  try {
    applyPragmas(db);
    migrate(db, options.beforeMigrate);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}

function inspectExisting(path: string, fullCheck: boolean): void {
  const probe = connect(path, { readonly: true, fileMustExist: true });
  try {
    let version: number;
    try {
      version = probe.pragma('user_version', { simple: true }) as number;
    } catch (err) {
      throw (
        keyProblem(path) ?? new DatabaseOpenError('DB_NOT_DATABASE', `不是有效的数据库文件：${String(err)}`)
      );
    }
    const latestVersion = migrations.length;
    if (version > latestVersion) {
      throw new DatabaseOpenError(
        'DB_NEWER',
        `数据库版本 ${version} 高于本程序支持的版本 ${latestVersion}，请升级招商通后再打开。`,
      );
    }
    // The schema is read by every statement: a file whose schema pages are broken fails here.
    try {
      probe.prepare('SELECT count(*) FROM sqlite_schema').pluck().get();
    } catch (err) {
      throw new DatabaseOpenError('DB_CORRUPT', `数据库完整性检查未通过：${String(err)}`);
    }
    if (!fullCheck) return;
    const check = probe.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') {
      throw new DatabaseOpenError('DB_CORRUPT', `数据库完整性检查未通过：${check}`);
    }
  } finally {
    probe.close();
  }
}

/**
 * An encrypted file read with no key or another key looks like garbage to SQLite ("not a
 * database"); that must not pass for damage, which would offer to replace it with a backup.
 */
function keyProblem(path: string): DatabaseOpenError | null {
  const plain = isPlainFile(path);
  if (plain && !databaseKey()) return null;
  return new DatabaseOpenError(
    'DB_WRONG_KEY',
    plain
      ? '数据库文件未加密，但本机记录的是加密数据库，请检查数据库文件是否被替换。该文件未作任何改动。'
      : '数据库密码不正确，无法打开加密的数据库。该文件未作任何改动。',
  );
}

export function closeDatabase(db: Db): void {
  if (!db.open) return;
  try {
    db.pragma('optimize');
  } finally {
    db.close();
  }
}
