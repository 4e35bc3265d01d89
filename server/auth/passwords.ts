import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Passwords are kept as scrypt hashes with a salt of their own and the cost they were made
 * with ('scrypt$N$r$p$salt$hash', base64), so the cost can be raised later without locking out
 * anyone whose hash is older.
 */
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** About 100 ms and 32 MB per hash on an office server: slow for guessing, quick for signing in. */
export const DEFAULT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 1 };
const KEY_BYTES = 32;
const SALT_BYTES = 16;

const derive = (password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r + 1024 * 1024 };
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, options, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });

export async function hashPassword(password: string, cost: ScryptCost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
}

const STORED = /^scrypt\$(\d{1,8})\$(\d{1,3})\$(\d{1,3})\$([A-Za-z0-9+/=]{1,200})\$([A-Za-z0-9+/=]{1,200})$/;

/** Whether `password` is the one `stored` was made from; a damaged or foreign hash matches nothing. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const m = STORED.exec(stored);
  if (!m) return false;
  const cost = { N: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  const expected = Buffer.from(m[5]!, 'base64');
  let key: Buffer;
  try {
    key = await derive(password, Buffer.from(m[4]!, 'base64'), cost);
  } catch {
    return false;
  }
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash of a random password no one knows, made once on first use. */
export function decoyHash(cost: ScryptCost): () => Promise<string> {
  let made: Promise<string> | undefined;
  return () => (made ??= hashPassword(randomBytes(16).toString('hex'), cost));
}
