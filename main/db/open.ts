import Database from 'better-sqlite3';
import { migrate } from './migrate';
import { migrations } from './migrations';
import { existsSync, writeFileSync } from 'node:fs';
import { todayLocal } from '../domain/shared/time';

export type Db = Database.Database;

/** Raised when the file on disk cannot be used as it is; the file is never modified. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly code: 'DB_NEWER' | 'DB_CORRUPT' | 'DB_NOT_DATABASE',
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}

export interface OpenOptions {
  /** Called with the current file path before pending migrations run (e.g. to take a backup). */
  beforeMigrate?: (db: Db, fromVersion: number, toVersion: number) => void;
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
  // SQL asks for the office's day through the domain clock, not SQLite's date('now'), so the
  // queries and the code that writes dates agree even when the clock is moved in tests.
  db.function('office_today', { deterministic: false }, () => todayLocal());
}

export function openDatabase(path: string, options: OpenOptions = {}): Db {
  // Look at an existing file read-only first: a newer or broken file must stay byte-identical,
  // and switching journal_mode to WAL would already write to it.
  const isNew = !existsSync(path);
  if (!isNew) inspectExisting(path);
  // Owner only; SQLite gives the -wal and -shm files the same permissions as the database.
  if (isNew) writeFileSync(path, '', { mode: 0o600 });
  const db = new Database(path);
  try {
    applyPragmas(db);
    migrate(db, options.beforeMigrate);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}

function inspectExisting(path: string): void {
  const probe = new Database(path, { readonly: true, fileMustExist: true });
  try {
    let version: number;
    try {
      version = probe.pragma('user_version', { simple: true }) as number;
    } catch (err) {
      throw new DatabaseOpenError('DB_NOT_DATABASE', `不是有效的数据库文件：${String(err)}`);
    }
    const latestVersion = migrations.length;
    if (version > latestVersion) {
      throw new DatabaseOpenError(
        'DB_NEWER',
        `数据库版本 ${version} 高于本程序支持的版本 ${latestVersion}，请升级招商通后再打开。`,
      );
    }
    const check = probe.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') {
      throw new DatabaseOpenError('DB_CORRUPT', `数据库完整性检查未通过：${check}`);
    }
  } finally {
    probe.close();
  }
}

export function closeDatabase(db: Db): void {
  if (!db.open) return;
  try {
    db.pragma('optimize');
  } finally {
    db.close();
  }
}
