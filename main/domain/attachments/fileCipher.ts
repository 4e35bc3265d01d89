import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { DomainError } from '@contract/shared/errors';

/**
 * Attachment contents at rest when the database is encrypted (数据库加密): AES-256-GCM with a key
 * derived from the database key (HKDF-SHA-256, its own label, so the two keys never coincide).
 * A stored file starts with MAGIC, then the 12-byte nonce and the 16-byte tag; a file without
 * MAGIC is plain (stored while the database was plain).
 */
const MAGIC = Buffer.from('LAX1', 'latin1');
const NONCE = 12;
const TAG = 16;

const fileKey = (databaseKey: Buffer): Buffer =>
  Buffer.from(hkdfSync('sha256', databaseKey, Buffer.alloc(0), 'leadatlas attachments v1', 32));

export const isSealed = (stored: Uint8Array): boolean =>
  stored.length >= MAGIC.length && Buffer.from(stored.subarray(0, MAGIC.length)).equals(MAGIC);

export function seal(plain: Uint8Array, databaseKey: Buffer): Buffer {
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', fileKey(databaseKey), nonce);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([MAGIC, nonce, cipher.getAuthTag(), body]);
}

export function unseal(stored: Uint8Array, databaseKey: Buffer | null): Buffer {
  if (!isSealed(stored)) return Buffer.from(stored);
  if (!databaseKey) throw new DomainError('DB_WRONG_KEY', '附件已加密，但数据库未加密或未解锁，无法读取');
  const buf = Buffer.from(stored);
  const nonce = buf.subarray(MAGIC.length, MAGIC.length + NONCE);
  const tag = buf.subarray(MAGIC.length + NONCE, MAGIC.length + NONCE + TAG);
  const decipher = createDecipheriv('aes-256-gcm', fileKey(databaseKey), nonce);
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(buf.subarray(MAGIC.length + NONCE + TAG)), decipher.final()]);
  } catch {
    throw new DomainError('DB_WRONG_KEY', '附件文件无法用当前数据库密钥解密（文件已损坏或来自其他数据库）');
  }
}
