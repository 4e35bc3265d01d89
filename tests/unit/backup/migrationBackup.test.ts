import Database from '../../../main/db/driver';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsDirFor, listBackups } from '../../../main/db/backup';
import { sql as migration1 } from '../../../main/db/migrations/001_domain';
import { migrations } from '../../../main/db/migrations';
import { closeDatabase } from '../../../main/db/open';
import { openAppDatabase } from '../../../main/db/startup';

// The backup before a migration is taken while the app starts, before its window exists, so it
// can only hold the start up. It must therefore happen only when a migration is pending: once per
// upgrade of the app, never on an ordinary start and never for a new ledger.

const refuse = { offerRecovery: () => false };
const ledgerPath = (): string => join(mkdtempSync(join(tmpdir(), 'la-migrate-')), 'leadatlas.sqlite');

describe('the backup before a migration', () => {
  it('is not taken for a new ledger, nor when a ledger at the current version is opened again', () => {
    const path = ledgerPath();
    closeDatabase(openAppDatabase(path, refuse));
    closeDatabase(openAppDatabase(path, refuse));
    expect(listBackups(backupsDirFor(path))).toEqual([]);
  });

  it('is taken once, of the old version, when a migration is pending', () => {
    const path = ledgerPath();
    const old = new Database(path);
    old.exec(migration1);
    old.pragma('user_version = 1');
    old.close();

    const db = openAppDatabase(path, refuse);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    closeDatabase(db);
    closeDatabase(openAppDatabase(path, refuse));
    expect(listBackups(backupsDirFor(path)).map((b) => [b.reason, b.schemaVersion])).toEqual([
      ['migration', 1],
    ]);
  });
});
