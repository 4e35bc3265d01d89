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
 * Page formats a key may be used with, the one new encryptions write first. AEGIS-256 (SQLite3
 * Multiple Ciphers' "aegis" scheme): authenticated, a nonce and tag per page, and on AES-NI
 * several times cheaper per page than SQLCipher 4's AES-256-CBC plus HMAC-SHA512, which made an
 * import into a full ledger cost twice the plain one. Files encrypted before it keep SQLCipher 4
 * pages ("sqlcipher" scheme, legacy 4) and stay readable: a key is tried with each in turn.
 * Must run before the connection reads anything.
 */
const SCHEMES: readonly { name: string; pragmas(db: Connection): void }[] = [
  { name: 'aegis', pragmas: (db) => db.pragma(`cipher = 'aegis'`) },
  {
    name: 'sqlcipher4',
    pragmas: (db) => {
      db.pragma(`cipher = 'sqlcipher'`);
      db.pragma('legacy = 4');
    },
  },
];
const WRITTEN = SCHEMES[0] as (typeof SCHEMES)[number];

const rawKey = (key: Buffer): string => `"x'${key.toString('hex')}'"`;

/** Whether the connection can read its schema with the key it was given (an empty file can). */
function readsSchema(db: Connection): boolean {
  try {
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === 'SQLITE_NOTADB') return false;
    throw err;
  }
}

/**
 * Keys the connection with the page format the file has: AEGIS, else SQLCipher 4. With a key
 * the file does not take, the last format stays set and the first read fails (SQLITE_NOTADB).
 */
export function applyKey(db: Connection, key: Buffer | null = activeKey): void {
  if (!key) return;
  for (const scheme of SCHEMES) {
    scheme.pragmas(db);
    db.pragma(`key = ${rawKey(key)}`);
    if (scheme === SCHEMES[SCHEMES.length - 1] || readsSchema(db)) return;
  }
}

/** Re-encrypts every page of the file under `key` (in AEGIS pages), or writes it plain when key is null. */
export function rekey(db: Connection, key: Buffer | null): void {
  if (key) WRITTEN.pragmas(db);
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
