import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupsDirFor, createBackup, listBackups } from '../../../main/db/backup';
import { databaseKey, isPlainFile, readsWith, useDatabaseKey } from '../../../main/db/cipher';
import Database from '../../../main/db/driver';
import { decryptDatabase, encryptDatabase, unlockDatabase } from '../../../main/db/encryption';
import { keyFileFor, sealKey, writeKeyFile, type KeyStore } from '../../../main/db/keyFile';
import { closeDatabase, DatabaseOpenError, openDatabase, type Db } from '../../../main/db/open';
import { restoreBackup } from '../../../main/db/restore';
import { createCompany } from '../../../main/domain/companies';
import { createContact } from '../../../main/domain/contacts';
import { createProject } from '../../../main/domain/projects';
import { DomainError } from '@contract/shared/errors';
import { restoredHashes, tableHashes } from '../backup/hashes';

const actor = { name: '办公室' };
const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');
const header = (path: string): string => readFileSync(path).subarray(0, 15).toString('latin1');

/** A keychain in memory: sealing XORs with a machine secret, so another "machine" cannot unseal. */
function fakeKeychain(available = true): KeyStore {
  const secret = randomBytes(32);
  const xor = (b: Buffer): Buffer => Buffer.from(b.map((v, i) => v ^ (secret[i % 32] ?? 0)));
  return { available: () => available, seal: xor, unseal: xor };
}

function ledgerFile(): { path: string; db: Db } {
  const path = join(mkdtempSync(join(tmpdir(), 'la-cipher-')), 'leadatlas.sqlite');
  const db = openDatabase(path);
  for (let i = 0; i < 12; i++) {
    const c = createCompany(db, actor, { name: `加密测试企业${i}有限公司`, industry: '新能源' });
    createContact(db, actor, {
      companyId: c.id,
      name: `联系人${i}`,
      mobile: `1380013${String(i).padStart(4, '0')}`,
    });
    createProject(db, actor, { name: `项目${i}`, companyId: c.id, plannedAmount: (i + 1) * 100_000_000 });
  }
  return { path, db };
}

/** What a connection without any key finds: SQLite refuses an encrypted file as "not a database". */
const readablePlain = (path: string): boolean => readsWith(path, null);

afterEach(() => useDatabaseKey(null));

describe('database encryption at rest', () => {
  it('encrypts the open file in place keeping every row, and turning it off writes it back plain', () => {
    const { path, db } = ledgerFile();
    const before = tableHashes(db);
    expect(header(path)).toBe('SQLite format 3');

    expect(encryptDatabase(db, path, { keyStore: fakeKeychain() })).toEqual({
      encrypted: true,
      scheme: 'keychain',
    });
    expect(header(path)).not.toBe('SQLite format 3');
    expect(isPlainFile(path)).toBe(false);
    expect(readablePlain(path)).toBe(false);
    // The live connection goes on working, and a fresh one with the key sees the same rows.
    expect(tableHashes(db)).toEqual(before);
    closeDatabase(db);
    const reopened = openDatabase(path);
    expect(tableHashes(reopened)).toEqual(before);

    expect(decryptDatabase(reopened, path)).toEqual({ encrypted: false, scheme: null });
    expect(header(path)).toBe('SQLite format 3');
    closeDatabase(reopened);
    useDatabaseKey(null);
    const plain = openDatabase(path);
    expect(tableHashes(plain)).toEqual(before);
    closeDatabase(plain);
  });

  it('a backup is taken before the conversion, readable with the key the file had then', () => {
    const { path, db } = ledgerFile();
    encryptDatabase(db, path, { keyStore: fakeKeychain() });
    const taken = listBackups(backupsDirFor(path)).filter((b) => b.reason === 'encryption');
    expect(taken).toHaveLength(1);
    expect(header(taken[0]!.path)).toBe('SQLite format 3');
    closeDatabase(db);
  });

  it('on a machine without a keychain the key is wrapped with a passphrase; a wrong one is refused and nothing changes', () => {
    const { path, db } = ledgerFile();
    const before = tableHashes(db);
    const noKeychain = fakeKeychain(false);
    expect(() => encryptDatabase(db, path, { keyStore: noKeychain, passphrase: '短' })).toThrow(/至少 8 位/);
    expect(isPlainFile(path)).toBe(true);
    encryptDatabase(db, path, { keyStore: noKeychain, passphrase: '招商引资2026年' });
    closeDatabase(db);
    useDatabaseKey(null);

    const hashes = [sha(path), sha(keyFileFor(path))];
    let refused: unknown;
    try {
      unlockDatabase(path, { keyStore: noKeychain, passphrase: '招商引资2025年' });
    } catch (err) {
      refused = err;
    }
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).code).toBe('DB_WRONG_PASSPHRASE');
    expect((refused as DomainError).message).toContain('数据库密码不正确');
    expect([sha(path), sha(keyFileFor(path))]).toEqual(hashes);

    expect(unlockDatabase(path, { keyStore: noKeychain, passphrase: '招商引资2026年' })).toEqual({
      encrypted: true,
      scheme: 'passphrase',
    });
    const opened = openDatabase(path);
    expect(tableHashes(opened)).toEqual(before);
    closeDatabase(opened);
  });

  it('opening with another key is refused with a clear message and leaves the file byte-identical', () => {
    const { path, db } = ledgerFile();
    encryptDatabase(db, path, { keyStore: fakeKeychain() });
    closeDatabase(db);
    const hash = sha(path);
    useDatabaseKey(randomBytes(32));
    let refused: unknown;
    try {
      openDatabase(path);
    } catch (err) {
      refused = err;
    }
    expect(refused).toBeInstanceOf(DatabaseOpenError);
    expect((refused as DatabaseOpenError).code).toBe('DB_WRONG_KEY');
    expect((refused as Error).message).toContain('数据库密码不正确');
    expect(sha(path)).toBe(hash);
    // Another machine's keychain cannot unseal this one's key either.
    useDatabaseKey(null);
    expect(() => unlockDatabase(path, { keyStore: fakeKeychain() })).toThrow(DomainError);
    expect(sha(path)).toBe(hash);
  });

  it("an encrypted database's backups are encrypted with its key and restore with it", () => {
    const { path, db } = ledgerFile();
    encryptDatabase(db, path, { keyStore: fakeKeychain() });
    const dir = backupsDirFor(path);
    const before = restoredHashes(db);
    const backup = createBackup(db, dir, 'manual');
    expect(header(backup.path)).not.toBe('SQLite format 3');
    expect(readablePlain(backup.path)).toBe(false);
    expect(backup.schemaVersion).not.toBeNull();

    createCompany(db, actor, { name: '备份之后新增的企业有限公司', industry: '新能源' });
    expect(restoredHashes(db)).not.toEqual(before);
    restoreBackup(db, dir, backup.name);
    const { audit_log: _a, ...restored } = restoredHashes(db);
    const { audit_log: _b, ...expected } = before;
    expect(restored).toEqual(expected);
    closeDatabase(db);
  });

  it('new encryptions write AEGIS pages; a ledger and a backup encrypted earlier with SQLCipher 4 pages still open and restore', () => {
    // A connection keyed by hand with one page format: whether it reads the file.
    const readsAs = (file: string, key: Buffer, cipher: 'aegis' | 'sqlcipher'): boolean => {
      const raw = new Database(file, { readonly: true, fileMustExist: true });
      try {
        raw.pragma(`cipher = '${cipher}'`);
        if (cipher === 'sqlcipher') raw.pragma('legacy = 4');
        raw.pragma(`key = "x'${key.toString('hex')}'"`);
        raw.prepare('SELECT count(*) FROM sqlite_schema').get();
        return true;
      } catch {
        return false;
      } finally {
        raw.close();
      }
    };
    const keychain = fakeKeychain();

    const fresh = ledgerFile();
    encryptDatabase(fresh.db, fresh.path, { keyStore: keychain });
    const freshKey = databaseKey()!;
    expect(readsAs(fresh.path, freshKey, 'aegis')).toBe(true);
    expect(readsAs(fresh.path, freshKey, 'sqlcipher')).toBe(false);
    closeDatabase(fresh.db);
    useDatabaseKey(null);

    // The earlier version's file: SQLCipher 4 pages, its key sealed beside it.
    const { path, db } = ledgerFile();
    const before = tableHashes(db);
    closeDatabase(db);
    const key = randomBytes(32);
    const old = new Database(path);
    old.pragma('journal_mode = DELETE');
    old.pragma(`cipher = 'sqlcipher'`);
    old.pragma('legacy = 4');
    old.pragma(`rekey = "x'${key.toString('hex')}'"`);
    old.close();
    writeKeyFile(path, sealKey(key, { keyStore: keychain }));
    expect(readsAs(path, key, 'sqlcipher')).toBe(true);

    unlockDatabase(path, { keyStore: keychain });
    const reopened = openDatabase(path);
    expect(tableHashes(reopened)).toEqual(before);
    const dir = backupsDirFor(path);
    const atBackup = restoredHashes(reopened);
    const backup = createBackup(reopened, dir, 'manual');
    expect(readsAs(backup.path, key, 'sqlcipher')).toBe(true);
    createCompany(reopened, actor, { name: '备份之后新增的企业有限公司', industry: '新能源' });
    restoreBackup(reopened, dir, backup.name);
    const { audit_log: _a, ...restored } = restoredHashes(reopened);
    const { audit_log: _b, ...expected } = atBackup;
    expect(restored).toEqual(expected);
    closeDatabase(reopened);
  });
});
