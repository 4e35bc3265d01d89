/**
 * Child process for the kill -9 test: imports a 同步包 into a database file and reports its
 * progress on stdout, so the parent can kill it at any moment of the transaction.
 * Usage: node child.mjs <db path> <bundle path> <key folder>
 */
import { readFileSync } from 'node:fs';
import { openDatabase } from '../../../main/db/open';
import { importBundle } from '../../../main/sync/bundleExchange';
import { adoptDevice } from '../../../main/sync/changeLog';
import { loadOrCreateDeviceKeys } from '../../../main/sync/deviceKeys';

const [dbPath, bundlePath, keyDir] = process.argv.slice(2) as [string, string, string];
const db = openDatabase(dbPath);
const keys = loadOrCreateDeviceKeys(keyDir);
adoptDevice(db, keys.device);
process.stdout.write('start\n');
importBundle(db, keys, readFileSync(bundlePath), `${keyDir}/attachments`, (done) =>
  process.stdout.write(`progress ${done}\n`),
);
process.stdout.write('done\n');
