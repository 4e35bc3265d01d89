import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resealStore, storeDirFor } from '../domain/attachments/fileStore';
import type { EncryptionState } from '@contract/encryption/schema';
import { DomainError } from '@contract/shared/errors';
import { backupsDirFor, createBackup } from './backup';
import { connect, databaseKey, readsWith, isPlainFile, KEY_BYTES, rekey, useDatabaseKey } from './cipher';
import { readKeyFile, removeKeyFile, sealKey, unsealKey, writeKeyFile, type Unlock } from './keyFile';
import type { Db } from './open';
import { schemaFingerprint } from './schemaFingerprint';

/** Rows of every table and the schema fingerprint: what must be the same after a conversion. */
export function census(db: Db): string {
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  const counts = tables.map(
    (t) =>
      `${t}=${String(
        db
          .prepare(`SELECT count(*) FROM "${t.replace(/"/g, '""')}"`)
          .pluck()
          .get(),
      )}`,
  );
  return JSON.stringify({
    counts,
    fingerprint: schemaFingerprint(db),
    version: db.pragma('user_version', { simple: true }),
  });
}

/**
 * Rewrites every page of the open file in place (SQLite3 Multiple Ciphers' rekey), on the live
 * connection so nothing else in the app reconnects. Rekey needs a rollback journal, so WAL is
 * left for the time of the rewrite; that also needs every other connection closed.
 */
function rewritePages(db: Db, key: Buffer | null): void {
  const mode = db.pragma('journal_mode = DELETE', { simple: true }) as string;
  if (mode !== 'delete') {
    throw new DomainError(
      'DB_BUSY',
      '数据库正被其他操作使用（如正在导入），请稍后再试。数据库未作任何改动。',
    );
  }
  try {
    rekey(db, key);
  } finally {
    db.pragma('journal_mode = WAL');
  }
}

/** A fresh connection with the new key must see exactly what the old state held. */
function verifyRoundTrip(path: string, before: string, encrypted: boolean): void {
  if (isPlainFile(path) === encrypted) throw new Error('文件加密状态与预期不符');
  const probe = connect(path, { readonly: true, fileMustExist: true });
  try {
    if (census(probe) !== before) throw new Error('转换后的行数或表结构与转换前不一致');
  } finally {
    probe.close();
  }
}

function convert(db: Db, path: string, key: Buffer | null): void {
  const previous = databaseKey();
  // The state before the change, readable with the key it had: the way back if anything fails.
  createBackup(db, backupsDirFor(path), 'encryption');
  const before = census(db);
  // Attachments follow the database. Unsealed before the key goes, sealed once it is in place:
  // a plain file reads either way, so no step leaves a file its database cannot read.
  if (!key) warnUnreadable(resealStore(storeDirFor(path), previous, null));
  rewritePages(db, key);
  useDatabaseKey(key);
  try {
    verifyRoundTrip(path, before, key !== null);
  } catch (err) {
    rewritePages(db, previous);
    useDatabaseKey(previous);
    throw new DomainError('INTERNAL', `加密转换校验未通过，已恢复原状：${(err as Error).message}`);
  }
  if (key) warnUnreadable(resealStore(storeDirFor(path), null, key));
}

const warnUnreadable = (hashes: string[]): void => {
  if (hashes.length)
    console.warn(
      `[leadatlas] ${hashes.length} attachment file(s) could not be read and were left as they were`,
    );
};

/**
 * Encrypts the open database with a new random key: a backup first, the pages rewritten in
 * place, the round trip checked. The key file is written before the pages so no crash can
 * leave an encrypted file without its key; at start a plain file ignores a stale key file.
 */
export function encryptDatabase(db: Db, path: string, unlock: Unlock): EncryptionState {
  if (databaseKey()) throw new DomainError('CONFLICT', '数据库已经加密');
  const key = randomBytes(KEY_BYTES);
  const file = sealKey(key, unlock);
  writeKeyFile(path, file);
  try {
    convert(db, path, key);
  } catch (err) {
    removeKeyFile(path);
    throw err;
  }
  return { encrypted: true, scheme: file.scheme };
}

/** Writes the open database back in plain form (backup, rewrite, round-trip check), then drops the key file. */
export function decryptDatabase(db: Db, path: string): EncryptionState {
  if (!databaseKey()) throw new DomainError('CONFLICT', '数据库没有加密');
  convert(db, path, null);
  removeKeyFile(path);
  return { encrypted: false, scheme: null };
}

/**
 * Before the database is opened: an encrypted file gets its key from the key file (keychain or
 * passphrase); a plain one opens without, whatever key file a crash may have left beside it.
 * Throws (in Chinese) when the key cannot be had; nothing is written then.
 */
/** An encrypted file whose key is wrapped with the passphrase: the app asks for it before opening. */
export function needsPassphrase(path: string): boolean {
  return existsSync(path) && !isPlainFile(path) && readKeyFile(path)?.scheme === 'passphrase';
}

export function unlockDatabase(path: string, unlock: Unlock): EncryptionState {
  if (!existsSync(path) || isPlainFile(path)) {
    useDatabaseKey(null);
    return { encrypted: false, scheme: null };
  }
  const file = readKeyFile(path);
  if (!file) {
    throw new DomainError(
      'DB_WRONG_KEY',
      '数据库已加密，但找不到它的密钥文件，无法打开。数据库未作任何改动。',
    );
  }
  const key = unsealKey(file, unlock);
  if (!readsWith(path, key)) {
    throw new DomainError(
      'DB_WRONG_KEY',
      '数据库密码不正确（密钥与数据库不符），无法打开。数据库未作任何改动。',
    );
  }
  useDatabaseKey(key);
  return { encrypted: true, scheme: file.scheme };
}
