import Database from '../../../main/db/driver';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup, listBackups } from '../../../main/db/backup';
import { migrations } from '../../../main/db/migrations';
import { openDatabase, type Db } from '../../../main/db/open';
import { restoreBackup } from '../../../main/db/restore';
import { fingerprintOfVersion, schemaFingerprint } from '../../../main/db/schemaFingerprint';
import { createCompany } from '../../../main/domain/companies';
import { createContact } from '../../../main/domain/contacts';
import { DomainError } from '@contract/shared/errors';
import { restoredHashes, tableHashes } from '../backup/hashes';
import { registerTriggerFunctions } from '../../../main/db/triggerFunctions';
import { withoutCapture } from '../../../main/sync/syncFunctions';

// Files dropped into the backups folder to trick 恢复 into emptying the office's database.

const actor = { name: '办公室' };

function office(): { db: Db; backups: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'la-restore-'));
  const db = openDatabase(join(dir, 'leadatlas.sqlite'));
  const c = createCompany(db, actor, { name: '宁德时代新能源科技股份有限公司' });
  createContact(db, actor, { companyId: c.id, name: '陈经理', mobile: '13800138000' });
  return { db, dir, backups: join(dir, 'backups') };
}

const backupName = (n: number): string => `leadatlas-20260101-09000${n}-000-manual.sqlite`;

function refusedWith(db: Db, backups: string, name: string): DomainError {
  const before = tableHashes(db);
  try {
    restoreBackup(db, backups, name);
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    // Nothing replaced, and no "before restore" backup taken for a restore that never ran.
    expect(tableHashes(db)).toEqual(before);
    expect(listBackups(backups).filter((b) => b.reason === 'restore')).toEqual([]);
    return e;
  }
  throw new Error('expected the restore to be refused');
}

describe('restore refuses files that are not whole backups of ours', () => {
  it('a file with our version number and one unrelated table', () => {
    const { db, backups } = office();
    createBackup(db, backups, 'manual');
    const fake = new Database(join(backups, backupName(1)));
    fake.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)');
    fake.pragma(`user_version = ${migrations.length}`);
    fake.close();
    const e = refusedWith(db, backups, backupName(1));
    expect(e.code).toBe('BACKUP_FOREIGN');
    expect(e.message).toContain('缺少数据表');
    expect(e.message).toContain('当前数据未作任何更改');
  });

  it('a SQLite file without a version (user_version 0)', () => {
    const { db, backups } = office();
    createBackup(db, backups, 'manual');
    const fake = new Database(join(backups, backupName(2)));
    fake.exec('CREATE TABLE t (x)');
    fake.close();
    const e = refusedWith(db, backups, backupName(2));
    expect(e.code).toBe('BACKUP_FOREIGN');
    expect(e.message).toContain('没有数据版本');
  });

  /** A real backup of the office, edited behind the app's back (foreign keys off), offered for restore. */
  function tamperedBackup(sql: string): DomainError {
    const { db, backups } = office();
    const b = createBackup(db, backups, 'manual');
    const raw = new Database(b.path);
    registerTriggerFunctions(raw);
    raw.pragma('foreign_keys = OFF');
    withoutCapture(raw, () => raw.exec(sql));
    raw.close();
    return refusedWith(db, backups, b.name);
  }

  it('a real backup with one column taken out', () => {
    // Team sync's triggers name every column: they go first, as a hand edit would have to.
    const e = tamperedBackup(
      ['insert', 'update', 'delete'].map((op) => `DROP TRIGGER contacts_sync_${op};`).join('') +
        'ALTER TABLE contacts DROP COLUMN wechat',
    );
    expect(e.code).toBe('BACKUP_FOREIGN');
    expect(e.message).toContain('contacts');
  });

  it('a real backup whose records point at records it does not hold', () => {
    const e = tamperedBackup('DELETE FROM companies');
    expect(e.code).toBe('BACKUP_INCONSISTENT');
    expect(e.message).toContain('contacts');
  });

  it('a link in the backups folder, even one to a good backup elsewhere', () => {
    const { db, backups, dir } = office();
    const elsewhere = office();
    const good = createBackup(elsewhere.db, join(dir, 'elsewhere'), 'manual');
    createBackup(db, backups, 'manual');
    symlinkSync(good.path, join(backups, backupName(3)));
    expect(listBackups(backups).map((b) => b.name)).not.toContain(backupName(3));
    expect(refusedWith(db, backups, backupName(3)).code).toBe('NOT_FOUND');
  });

  it('still restores a real backup: its tables are exactly those the migrations make', () => {
    const { db, backups } = office();
    const b = createBackup(db, backups, 'manual');
    const raw = new Database(b.path, { readonly: true });
    expect(schemaFingerprint(raw)).toEqual(fingerprintOfVersion(migrations.length));
    raw.close();
    const before = restoredHashes(db);
    createCompany(db, actor, { name: '恢复后不该存在的企业' });
    restoreBackup(db, backups, b.name);
    expect(restoredHashes(db)).toEqual(before);
  });
});
