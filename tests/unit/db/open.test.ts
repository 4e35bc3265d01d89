import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from '../../../main/db/driver';
import { describe, expect, it } from 'vitest';
import { DatabaseOpenError, closeDatabase, openDatabase } from '../../../main/db/open';
import { migrations } from '../../../main/db/migrations';

const tempFile = (): string => join(mkdtempSync(join(tmpdir(), 'leadatlas-db-')), 'data.sqlite');
const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

function pragmas(db: Database.Database) {
  return {
    journal: db.pragma('journal_mode', { simple: true }),
    synchronous: db.pragma('synchronous', { simple: true }),
    foreignKeys: db.pragma('foreign_keys', { simple: true }),
    busy: db.pragma('busy_timeout', { simple: true }),
    secureDelete: db.pragma('secure_delete', { simple: true }),
  };
}

describe('openDatabase', () => {
  it('sets WAL, synchronous=FULL, foreign keys, busy timeout and secure_delete on first open and on re-open', () => {
    const path = tempFile();
    const expected = { journal: 'wal', synchronous: 2, foreignKeys: 1, busy: 5000, secureDelete: 1 };
    const first = openDatabase(path);
    expect(pragmas(first)).toEqual(expected);
    closeDatabase(first);
    const again = openDatabase(path);
    expect(pragmas(again)).toEqual(expected);
    closeDatabase(again);
  });

  it('creates the file readable by its owner only, and a deleted name leaves no trace in it', () => {
    const path = tempFile();
    const db = openDatabase(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    db.prepare('INSERT INTO companies (name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?)').run(
      '保密测试甲乙丙丁有限公司',
      '保密测试甲乙丙丁',
      '2026-01-01T00:00:00Z',
      '2026-01-01T00:00:00Z',
    );
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(readFileSync(path).includes(Buffer.from('保密测试甲乙丙丁有限公司'))).toBe(true);
    db.prepare('DELETE FROM companies').run();
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(readFileSync(path).includes(Buffer.from('保密测试甲乙丙丁有限公司'))).toBe(false);
    closeDatabase(db);
  });

  it('opens an in-memory database without touching any file', () => {
    const db = openDatabase(':memory:');
    expect(existsSync(':memory:')).toBe(false);
    closeDatabase(db);
    // Twice: a stray file from the first open would make the second one fail.
    closeDatabase(openDatabase(':memory:'));
  });

  it('creates every table of the model at the latest version, all STRICT', () => {
    const db = openDatabase(tempFile());
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    const tables = db
      .prepare(
        // Full-text tables and their shadow tables are made by FTS5 and cannot be STRICT.
        `SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'`,
      )
      .all() as { name: string; strict: number }[];
    const names = tables.map((t) => t.name);
    for (const t of [
      'companies',
      'contacts',
      'projects',
      'project_stage_history',
      'investment_arrivals',
      'interactions',
      'trips',
      'trip_stops',
      'stop_visits',
      'receptions',
      'targets',
      'service_issues',
      'saved_views',
      'settings',
      'audit_log',
      'staff',
      'teams',
    ]) {
      expect(names).toContain(t);
    }
    expect(tables.filter((t) => t.strict !== 1)).toEqual([]);
    closeDatabase(db);
  });

  it('refuses a database written by a newer version and leaves the file byte-identical', () => {
    const path = tempFile();
    const raw = new Database(path);
    raw.exec('CREATE TABLE future_stuff (x INTEGER); INSERT INTO future_stuff VALUES (42);');
    raw.pragma(`user_version = ${migrations.length + 5}`);
    raw.close();
    const before = sha(path);
    let error: unknown;
    try {
      openDatabase(path);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as DatabaseOpenError).code).toBe('DB_NEWER');
    expect((error as Error).message).toContain('请升级');
    expect(sha(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('refuses a file that is not a database without changing it', () => {
    const path = tempFile();
    writeFileSync(path, 'this is a spreadsheet, not a database'.repeat(200));
    const before = sha(path);
    expect(() => openDatabase(path)).toThrow(DatabaseOpenError);
    expect(sha(path)).toBe(before);
  });

  it('rolls a failed migration back whole: version and schema unchanged', () => {
    const path = tempFile();
    const db = openDatabase(path);
    closeDatabase(db);
    // A broken step must not leave a half-created table behind nor bump the version.
    const raw = new Database(path);
    expect(() =>
      raw.transaction(() => {
        raw.exec('CREATE TABLE half_done (x INTEGER); SELECT * FROM no_such_table;');
        raw.pragma(`user_version = ${migrations.length + 1}`);
      })(),
    ).toThrow();
    expect(raw.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(raw.prepare(`SELECT count(*) n FROM sqlite_master WHERE name = 'half_done'`).get()).toEqual({
      n: 0,
    });
    raw.close();
  });
});
