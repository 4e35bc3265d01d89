// Writes company + contact pairs in one transaction each, as fast as it can, from its own
// connection: any consistent snapshot has exactly as many companies as contacts.
import Database from 'better-sqlite3-multiple-ciphers';
import { parentPort, workerData } from 'node:worker_threads';

const db = new Database(workerData.path);
db.pragma('journal_mode = WAL');
db.pragma('busy_timeout = 5000');
db.pragma('foreign_keys = ON');
// The app's connections register these for the schema's triggers (main/db/triggerFunctions.ts):
// team sync's change capture, and the versions of the dashboard's kept figures.
db.function('sync_capture', () => 0);
db.function('sync_actor', () => '测试');
db.function('sync_hlc', (latest) => latest);
db.function('figures_tracked', () => 1);
const now = new Date().toISOString();
const addCompany = db.prepare(
  `INSERT INTO companies (name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?)`,
);
const addContact = db.prepare(
  `INSERT INTO contacts (company_id, name, created_at, updated_at) VALUES (?, ?, ?, ?)`,
);
const pair = db.transaction((i) => {
  const id = addCompany.run(`并发写入企业${i}`, `并发写入企业${i}`, now, now).lastInsertRowid;
  addContact.run(id, `联系人${i}`, now, now);
});
parentPort.postMessage({ started: true });
let i = 0;
const end = Date.now() + workerData.ms;
while (Date.now() < end) pair(i++);
db.close();
parentPort.postMessage({ written: i });
