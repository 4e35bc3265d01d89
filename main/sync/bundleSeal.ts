import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { BundleSeal } from '@contract/sync/bundleSchema';
import { passphraseKey } from '../db/keyFile';
import { passphraseNeeded, wrongPassphrase } from './bundleRefusals';

/**
 * The body of a 同步包 encrypted with the 团队同步口令 (encrypt, then sign): the scrypt key and
 * AES-256-GCM of the 数据库密码 (main/db/keyFile.ts), a random salt and nonce per bundle, named in
 * the header. The header is the cipher's additional data, so a body never opens under another
 * header. The signature covers the ciphertext: signer and trust are checked before anything is
 * decrypted, and once the signature holds a body that does not open can only mean another 口令.
 */
const TAG_BYTES = 16;

/** What sealing adds to the body's size. */
export const SEAL_OVERHEAD = TAG_BYTES;

/** A fresh salt and nonce for one bundle, as its header names them. */
export const newSeal = (): BundleSeal => ({
  cipher: 'aes-256-gcm',
  kdf: 'scrypt',
  salt: randomBytes(16).toString('base64'),
  nonce: randomBytes(12).toString('base64'),
});

const cipherKey = (passphrase: string, seal: BundleSeal): Buffer =>
  passphraseKey(passphrase, Buffer.from(seal.salt, 'base64'));

/** The body's pieces encrypted in order, the tag last. */
export function sealBody(
  body: readonly Buffer[],
  header: Buffer,
  seal: BundleSeal,
  passphrase: string,
): Buffer[] {
  const cipher = createCipheriv(
    'aes-256-gcm',
    cipherKey(passphrase, seal),
    Buffer.from(seal.nonce, 'base64'),
  );
  cipher.setAAD(header);
  const sealed = body.map((part) => cipher.update(part));
  sealed.push(cipher.final(), cipher.getAuthTag());
  return sealed;
}

/** The plain body, or a refusal when this laptop has no 口令 or another one. Writes nothing. */
export function openBody(
  sealed: Buffer,
  header: Buffer,
  seal: BundleSeal,
  passphrase: string | null | undefined,
): Buffer {
  if (!passphrase) throw passphraseNeeded();
  if (sealed.length < TAG_BYTES) throw wrongPassphrase();
  const decipher = createDecipheriv(
    'aes-256-gcm',
    cipherKey(passphrase, seal),
    Buffer.from(seal.nonce, 'base64'),
  );
  decipher.setAAD(header);
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw wrongPassphrase();
  }
}
