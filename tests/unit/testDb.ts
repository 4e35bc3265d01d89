import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiContext } from '../../main/api/context';
import { openDatabase, type Db } from '../../main/db/open';
import { DomainError } from '@contract/shared/errors';

/** A fresh database file per test: the real pragmas and migrations, nothing shared. */
export function freshDb(): Db {
  return openDatabase(join(mkdtempSync(join(tmpdir(), 'leadatlas-')), 'test.sqlite'));
}

export const rowCount = (db: Db, table: string): number =>
  db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

export const auditCount = (db: Db, entity: string): number =>
  db.prepare(`SELECT count(*) FROM audit_log WHERE entity = ?`).pluck().get(entity) as number;

/** What a handler receives when called through dispatch() in a test. */
export function ctx(db: Db, actor = { name: '测试' }): ApiContext {
  return { db, actor, databasePath: '', appVersion: '0', emit() {} };
}

/** The refusal `run` throws; fails the test when it returns or throws something else. */
export function domainError(run: () => unknown): DomainError {
  try {
    run();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}
