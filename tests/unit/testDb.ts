import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../main/db/open';

/** A fresh database file per test: the real pragmas and migrations, nothing shared. */
export function freshDb(): Db {
  return openDatabase(join(mkdtempSync(join(tmpdir(), 'leadatlas-')), 'test.sqlite'));
}

export const rowCount = (db: Db, table: string): number =>
  (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
