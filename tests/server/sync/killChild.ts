/**
 * Child process for the server kill -9 test: one push through the sync engine, printing a line
 * before every PostgreSQL statement of it, so the parent can kill it at any moment of the push.
 * Usage: node child.mjs <database url> <data folder> <push request json> <device>
 */
import { readFileSync } from 'node:fs';
import type { PushRequest } from '@contract/sync/serverProtocol';
import { createSyncEngine } from '../../../server/sync/engine';
import { openPostgres } from '../../../server/store/pgSql';
import type { Sql } from '../../../server/store/sql';
import { allowAll, callerFor, SERVER_ID } from './office';

const [url, dataDir, requestPath, device] = process.argv.slice(2) as [string, string, string, string];
let tracing = false;
const traced = (sql: Sql): Sql => ({
  ...sql,
  query: (text, params) => {
    if (tracing) process.stdout.write(`query ${text.trim().split(/\s+/, 3).join(' ')}\n`);
    return sql.query(text, params);
  },
  transaction: (work) => sql.transaction((tx) => work(traced(tx))),
});
const pool = openPostgres(url, 2);
const engine = await createSyncEngine({ sql: traced(pool), auth: allowAll, dataDir, serverId: SERVER_ID });
const request = JSON.parse(readFileSync(requestPath, 'utf8')) as PushRequest;
tracing = true;
process.stdout.write('start\n');
await engine.push(callerFor(device), request);
process.stdout.write('done\n');
await engine.close();
await pool.close();
