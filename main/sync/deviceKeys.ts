import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import {
  chmodSync,
  constants,
  copyFileSync,
  linkSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DomainError } from '@contract/shared/errors';

/**
 * This device's identity for team sync: an ed25519 key pair kept in one file of the app's data
 * folder. The device id and the fingerprint people compare are both derived from the public key,
 * so another device cannot claim this one's id without its private key.
 */
export interface DeviceKeys {
  /** First 16 hex characters of sha256 of the raw public key. */
  device: string;
  /** Base64 of the public key's SPKI DER encoding: what other devices keep as trusted. */
  publicKey: string;
  privateKey: KeyObject;
}

export const DEVICE_KEY_FILE = 'sync-device-key.json';

const keyFileSchema = z.strictObject({
  version: z.literal(1),
  type: z.literal('ed25519'),
  publicKey: z.string(),
  privateKey: z.string(),
});

/** The ed25519 public key of a base64 SPKI DER text; throws when it is anything else. */
export function publicKeyObject(publicKey: string): KeyObject {
  const key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('not an ed25519 key');
  return key;
}

const spkiBase64 = (key: KeyObject): string => key.export({ format: 'der', type: 'spki' }).toString('base64');

function rawKeyDigest(publicKey: string): Buffer {
  const { x } = publicKeyObject(publicKey).export({ format: 'jwk' });
  return createHash('sha256')
    .update(Buffer.from(x ?? '', 'base64url'))
    .digest();
}

/** The device id a public key stands for. */
export const deviceIdOf = (publicKey: string): string => rawKeyDigest(publicKey).toString('hex').slice(0, 16);

/**
 * 32 hex characters in 8 groups of 4 ("3F2A 9C1B …"), read aloud over the phone or compared on two
 * screens before a device is trusted. It begins with the device id, so the two never disagree.
 */
export const fingerprint = (publicKey: string): string =>
  rawKeyDigest(publicKey)
    .toString('hex')
    .slice(0, 32)
    .toUpperCase()
    .replace(/(.{4})(?!$)/g, '$1 ');

const damaged = (path: string): DomainError =>
  new DomainError(
    'SYNC_KEY_DAMAGED',
    `本机的设备密钥文件已损坏，无法读取（${path}）。为免本机换了身份、其他设备不再认得它，程序没有自动重建。` +
      '请从备份中找回该文件；确实无法找回时，删除该文件后将生成新的密钥，其他设备需重新信任本机。',
  );

function readKeys(path: string, text: string): DeviceKeys {
  try {
    const file = keyFileSchema.parse(JSON.parse(text));
    const privateKey = createPrivateKey({
      key: Buffer.from(file.privateKey, 'base64'),
      format: 'der',
      type: 'pkcs8',
    });
    // A file whose halves do not belong together would sign bundles no one can verify.
    if (
      privateKey.asymmetricKeyType !== 'ed25519' ||
      spkiBase64(createPublicKey(privateKey)) !== file.publicKey
    )
      throw new Error('key pair mismatch');
    return { device: deviceIdOf(file.publicKey), publicKey: file.publicKey, privateKey };
  } catch {
    throw damaged(path);
  }
}

/**
 * Written under a temporary name, then linked to its own: a crash leaves no half file, and of two
 * programs starting at once the second finds the first one's key instead of replacing it.
 */
function createKeyFile(path: string): void {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const text = JSON.stringify({
    version: 1,
    type: 'ed25519',
    publicKey: spkiBase64(publicKey),
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
  } satisfies z.infer<typeof keyFileSchema>);
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text, { mode: 0o600 });
    chmodSync(tmp, 0o600); // the mode above passes through the umask
    publishOnce(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}

const errorCode = (err: unknown): unknown => (err as NodeJS.ErrnoException).code;

/** `tmp` under the name `path` unless a file already has it, which is then kept as it is. */
function publishOnce(tmp: string, path: string): void {
  try {
    linkSync(tmp, path);
    return;
  } catch (err) {
    if (errorCode(err) === 'EEXIST') return;
    // A file system without hard links (FAT on a portable install's USB stick): an exclusive copy
    // still never replaces a key, only it is not atomic.
    if (!['EPERM', 'ENOTSUP', 'ENOSYS', 'EXDEV'].includes(errorCode(err) as string)) throw err;
  }
  try {
    copyFileSync(tmp, path, constants.COPYFILE_EXCL);
  } catch (err) {
    if (errorCode(err) !== 'EEXIST') throw err;
  }
}

function readKeyText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return null;
    throw damaged(path);
  }
}

/** This device's keys from `dir`, created there (owner-only) on the first call. */
export function loadOrCreateDeviceKeys(dir: string): DeviceKeys {
  const path = join(dir, DEVICE_KEY_FILE);
  let text = readKeyText(path);
  if (text === null) {
    mkdirSync(dir, { recursive: true });
    createKeyFile(path);
    text = readKeyText(path) ?? '';
  }
  return readKeys(path, text);
}
