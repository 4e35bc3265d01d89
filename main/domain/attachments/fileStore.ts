import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
  chmodSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { databaseKey } from '../../db/cipher';
import { DomainError } from '@contract/shared/errors';
import { seal, unseal } from './fileCipher';

/**
 * The attachment files: beside the database in `attachments/`, each named by the SHA-256 of its
 * content (`attachments/ab/cdef…`), so the same file attached twice is stored once and a file
 * can be checked against its name. Owner-only modes, like the database and its backups. When the
 * database is encrypted the content is sealed with its key (fileCipher.ts); the name stays the
 * hash of the plain content, so dedupe and backups work the same either way.
 */
export const HASH = /^[0-9a-f]{64}$/;

export const storeDirFor = (databasePath: string): string => join(dirname(databasePath), 'attachments');

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export function storedPath(dir: string, hash: string): string {
  // Only a hash ever becomes a path: nothing from outside names a file here.
  if (!HASH.test(hash)) throw new DomainError('VALIDATION', '附件编号无效');
  return join(dir, hash.slice(0, 2), hash.slice(2));
}

export const hasStored = (dir: string, hash: string): boolean => existsSync(storedPath(dir, hash));

/**
 * Writes `bytes` durably under a temporary name, then renames: never a half file under a hash,
 * nor a half 同步包 on a USB stick pulled out too early (main/sync/bundleDisk.ts).
 */
export function writeDurably(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

/** Stores the content (once) and returns its hash. */
export function storeContent(dir: string, bytes: Uint8Array, key: Buffer | null = databaseKey()): string {
  const hash = sha256(bytes);
  const path = storedPath(dir, hash);
  if (!existsSync(path)) writeDurably(path, key ? seal(bytes, key) : bytes);
  return hash;
}

/** The plain content, checked against its hash. */
export function readContent(dir: string, hash: string, key: Buffer | null = databaseKey()): Buffer {
  const path = storedPath(dir, hash);
  if (!existsSync(path))
    throw new DomainError('NOT_FOUND', '附件文件不存在（可能已被移走或删除），请从备份恢复');
  const plain = unseal(readFileSync(path), key);
  if (sha256(plain) !== hash)
    throw new DomainError('DB_CORRUPT', '附件文件已损坏（内容与记录不符），请从备份恢复');
  return plain;
}

/** Copies a stored file as it is (sealed or not) into another store, owner-only. */
export function copyStored(fromDir: string, toDir: string, hash: string): void {
  const to = storedPath(toDir, hash);
  if (existsSync(to)) return;
  mkdirSync(dirname(to), { recursive: true, mode: 0o700 });
  const tmp = `${to}.${process.pid}.tmp`;
  copyFileSync(storedPath(fromDir, hash), tmp);
  chmodSync(tmp, 0o600);
  renameSync(tmp, to);
}

export function removeStored(dir: string, hash: string): void {
  rmSync(storedPath(dir, hash), { force: true });
}

/** Every hash in a store (files whose names are not hashes are not ours and are left alone). */
export function storedHashes(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^[0-9a-f]{2}$/.test(d.name))
    .flatMap((d) => readdirSync(join(dir, d.name)).map((rest) => d.name + rest))
    .filter((h) => HASH.test(h));
}

/**
 * 数据库加密 turned on or off: every stored file rewritten under the new key (or plain), one at a
 * time and each by rename, so a crash leaves every file whole and readable (a plain file reads
 * with or without a key). Returns the files that could not be read and were left as they were.
 */
export function resealStore(dir: string, from: Buffer | null, to: Buffer | null): string[] {
  const unreadable: string[] = [];
  for (const hash of storedHashes(dir)) {
    const path = storedPath(dir, hash);
    let plain: Buffer;
    try {
      plain = readContent(dir, hash, from);
    } catch {
      unreadable.push(hash);
      continue;
    }
    writeDurably(path, to ? seal(plain, to) : plain);
  }
  return unreadable;
}
