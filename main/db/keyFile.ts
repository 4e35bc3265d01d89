import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { DomainError } from '@contract/shared/errors';
import { longEnough, MIN_PASSPHRASE } from '@contract/encryption/schema';
import { KEY_BYTES } from './cipher';

/**
 * Where the random database key is kept: sealed by the OS keychain (Electron's safeStorage in the
 * desktop app, main/keychain.ts) or, on a machine without one, wrapped with a passphrase the
 * person types at start. Either way the file beside the database holds no usable key by itself.
 */
export interface KeyStore {
  /** False on a machine without a keychain: the passphrase is needed then. */
  available(): boolean;
  seal(secret: Buffer): Buffer;
  unseal(sealed: Buffer): Buffer;
}

export type KeyFile =
  | { version: 1; scheme: 'keychain'; sealed: string }
  | { version: 1; scheme: 'passphrase'; salt: string; iv: string; tag: string; data: string };

export interface Unlock {
  keyStore?: KeyStore;
  passphrase?: string;
}

export const keyFileFor = (databasePath: string): string => `${databasePath}.key`;

// scrypt with 32 MB of memory per guess (N = 2^15, r = 8): slow to guess on any hardware.
const SCRYPT = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
/** An AES-256 key from a passphrase and a random salt (the 团队同步口令 seals bundles with it too). */
export const passphraseKey = (passphrase: string, salt: Buffer): Buffer =>
  scryptSync(passphrase.normalize('NFC'), salt, 32, SCRYPT);

export const WRONG_PASSPHRASE = '数据库密码不正确，请重新输入。数据库未作任何改动。';

/** Seals `key` with the keychain when there is one, else with the passphrase. */
export function sealKey(key: Buffer, unlock: Unlock): KeyFile {
  if (unlock.keyStore?.available()) {
    return { version: 1, scheme: 'keychain', sealed: unlock.keyStore.seal(key).toString('base64') };
  }
  const passphrase = unlock.passphrase ?? '';
  if (!longEnough(passphrase)) {
    throw new DomainError(
      'VALIDATION',
      `本机没有系统钥匙串，请设置至少 ${MIN_PASSPHRASE} 位的数据库密码（每次启动时输入）`,
      { passphrase: `至少 ${MIN_PASSPHRASE} 位` },
    );
  }
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', passphraseKey(passphrase, salt), iv);
  const data = Buffer.concat([cipher.update(key), cipher.final()]);
  const b64 = (b: Buffer): string => b.toString('base64');
  return {
    version: 1,
    scheme: 'passphrase',
    salt: b64(salt),
    iv: b64(iv),
    tag: b64(cipher.getAuthTag()),
    data: b64(data),
  };
}

/** The database key; a wrong passphrase (or another machine's keychain) is refused in Chinese. */
export function unsealKey(file: KeyFile, unlock: Unlock): Buffer {
  let key: Buffer;
  if (file.scheme === 'keychain') {
    if (!unlock.keyStore?.available()) {
      throw new DomainError(
        'DB_KEYCHAIN_UNAVAILABLE',
        '无法读取系统钥匙串，加密的数据库不能打开。数据库未作任何改动。',
      );
    }
    try {
      key = unlock.keyStore.unseal(Buffer.from(file.sealed, 'base64'));
    } catch {
      throw new DomainError('DB_WRONG_KEY', '本机钥匙串中的密钥与数据库不符，无法打开。数据库未作任何改动。');
    }
  } else {
    if (unlock.passphrase === undefined) throw new DomainError('DB_PASSPHRASE_NEEDED', '请输入数据库密码');
    const from = (s: string): Buffer => Buffer.from(s, 'base64');
    const decipher = createDecipheriv(
      'aes-256-gcm',
      passphraseKey(unlock.passphrase, from(file.salt)),
      from(file.iv),
    );
    decipher.setAuthTag(from(file.tag));
    try {
      key = Buffer.concat([decipher.update(from(file.data)), decipher.final()]);
    } catch {
      throw new DomainError('DB_WRONG_PASSPHRASE', WRONG_PASSPHRASE, { passphrase: '密码不正确' });
    }
  }
  if (key.length !== KEY_BYTES)
    throw new DomainError('DB_WRONG_KEY', '数据库密钥文件已损坏。数据库未作任何改动。');
  return key;
}

export function readKeyFile(databasePath: string): KeyFile | null {
  const path = keyFileFor(databasePath);
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, 'utf8')) as KeyFile;
}

/** Written to a temporary name, then renamed: never half a key file. Owner only. */
export function writeKeyFile(databasePath: string, file: KeyFile): void {
  const path = keyFileFor(databasePath);
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, JSON.stringify(file), { mode: 0o600 });
  renameSync(tmp, path);
}

export const removeKeyFile = (databasePath: string): void =>
  rmSync(keyFileFor(databasePath), { force: true });
