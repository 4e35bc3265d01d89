import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { databaseKey } from './cipher';
import { DRIVER_MODULE } from './driver';

/** 'failed': the check itself could not run (no damage found, none ruled out). */
export type CheckResult = { state: 'ok' } | { state: 'damaged' | 'failed'; problem: string };

/**
 * The worker's whole program, plain CommonJS so it runs as it is from the bundles, vitest and the
 * packaged app alike: its own read-only connection, one quick_check, the answer posted back.
 * A read-only connection on a WAL file sees the last committed state and never blocks the app's
 * writes, and the check's seconds of reading on a large file are spent off the main thread.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let result;
try {
  const db = new Database(workerData.path, { readonly: true, fileMustExist: true });
  try {
    if (workerData.key) {
      db.pragma("cipher = 'sqlcipher'");
      db.pragma('legacy = 4');
      db.pragma('key = "x' + "'" + workerData.key + "'" + '"');
    }
    const rows = db.pragma('quick_check(20)', { simple: false }).map((r) => r.quick_check);
    result = rows.length === 1 && rows[0] === 'ok' ? { state: 'ok' } : { state: 'damaged', problem: rows.join('；') };
  } finally {
    db.close();
  }
} catch (err) {
  const code = String((err && err.code) || '');
  const damaged = code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
  result = { state: damaged ? 'damaged' : 'failed', problem: String((err && err.message) || err) };
}
parentPort.postMessage(result);
`;

const driverPath = (): string => createRequire(import.meta.url).resolve(DRIVER_MODULE);

/** Runs PRAGMA quick_check on `path` in a worker thread; never rejects, never writes. */
export function quickCheckInWorker(path: string): Promise<CheckResult> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: CheckResult): void => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { driver: driverPath(), path, key: databaseKey()?.toString('hex') ?? null },
    });
    worker.once('message', (result: CheckResult) => settle(result));
    worker.once('error', (err) => settle({ state: 'failed', problem: err.message }));
    worker.once('exit', (code) => settle({ state: 'failed', problem: `exit ${code}` }));
  });
}
