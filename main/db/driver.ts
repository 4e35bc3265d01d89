/**
 * The one module that names the SQLite driver. better-sqlite3-multiple-ciphers is better-sqlite3
 * built with SQLite3 Multiple Ciphers: the same API, plus page encryption (AEGIS or SQLCipher 4 pages, main/db/cipher.ts) for
 * a database the office chooses to encrypt. Everything else imports Database from here.
 */
import Database from 'better-sqlite3-multiple-ciphers';

export type { Statement } from 'better-sqlite3-multiple-ciphers';
export default Database;

/** The package name, for code that must resolve the driver itself (a worker thread's own require). */
export const DRIVER_MODULE = 'better-sqlite3-multiple-ciphers';
