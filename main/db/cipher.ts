import { closeSync, openSync, readSync } from 'node:fs';
import Database from './driver';

type Connection = InstanceType<typeof Database>;

/** Length of the random database key: 256 bits, used as SQLCipher's raw key (no KDF per open). */
export const KEY_BYTES = 32;

/**
 * The key of the open database, or null when it is plain. Process-wide because the database and
 * every backup taken from it share it: each connection this app opens on one of those files
 * (probes, restores, the import and integrity workers) uses it through connect().
 */
let activeKey: Buffer | null = null;

export function useDatabaseKey(key: Buffer | null): void {
  if (key && key.length !== KEY_BYTES) throw new Error(`database key must be ${KEY_BYTES} bytes`);
  activeKey = key;
}

export const databaseKey = (): Buffer | null => activeKey;

/**
 * SQLCipher 4's page format (SQLite3 Multiple Ciphers' "sqlcipher" scheme, legacy 4): AES-256,
 * an HMAC per page, and files other SQLCipher tools can open with the same key.
 * Must run before the connection reads anything.
 */
export function cipherPragmas(db: Connection): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
}

const rawKey = (key: Buffer): string => `"x'${key.toString('hex')}'"`;

export function applyKey(db: Connection, key: Buffer | null = activeKey): void {
  if (!key) return;
  cipherPragmas(db);
  db.pragma(`key = ${rawKey(key)}`);
}

/** Re-encrypts every page of the file under `key`, or writes it plain when key is null. */
export function rekey(db: Connection, key: Buffer | null): void {
  if (key) cipherPragmas(db);
  db.pragma(`rekey = ${key ? rawKey(key) : "''"}`);
}

/** A connection to `path` with the open database's key applied. */
export function connect(path: string, options?: ConstructorParameters<typeof Database>[1]): Connection {
  const db = new Database(path, options);
  try {
    applyKey(db);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}

/** Whether SQLite can read the file's schema with `key` (null: as a plain file); never writes. */
export function readsWith(path: string, key: Buffer | null): boolean {
  const probe = new Database(path, { readonly: true, fileMustExist: true });
  try {
    applyKey(probe, key);
    probe.prepare('SELECT count(*) FROM sqlite_schema').get();
    return true;
  } catch {
    return false;
  } finally {
    probe.close();
  }
}

const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** True when the file starts with SQLite's plain header (anyone can read it); false when encrypted. */
export function isPlainFile(path: string): boolean {
  const head = Buffer.alloc(PLAIN_HEADER.length);
  const fd = openSync(path, 'r');
  try {
    const read = readSync(fd, head, 0, head.length, 0);
    return read === 0 || head.equals(PLAIN_HEADER);
  } finally {
    closeSync(fd);
  }
}
