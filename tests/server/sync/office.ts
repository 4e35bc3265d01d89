import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase, openDatabase, type Db } from '../../../main/db/open';
import { ledgerHashes } from '../../../main/sync/tableHash';
import type { ServerCursor, ServerTransport } from '../../../main/sync/serverTransport';
import { runServerRound } from '../../../main/sync/serverRound';
import type { Auth, Caller, SyncEngine } from '../../../server/seams';
import { syncedTableNames } from '../../../main/sync/syncedTables';
import { createSyncEngine } from '../../../server/sync/engine';
import { CACHE_FILE } from '../../../server/sync/ruleCache';
import type { Sql } from '../../../server/store/sql';
import { freshDatabase, type TestDatabase } from '../testDatabase';

/** Accounts stand-in: a 局领导 who may do everything; the real rules come from server/auth. */
export const allowAll: Auth = {
  signIn: () => Promise.reject(new Error('not in these tests')),
  authenticate: () => Promise.reject(new Error('not in these tests')),
  refusalOf: () => Promise.resolve(null),
  mayRead: () => Promise.resolve(true),
  noteRefusal: () => Promise.resolve(),
};

export const callerFor = (device: string, userId = 1): Caller => ({
  userId,
  device,
  user: {
    user: `user${userId}`,
    displayName: '王局长',
    role: 'leader',
    teamGid: null,
    readsOtherTeams: true,
  },
});

export const SERVER_ID = 'office-test-server';

export interface Office {
  db: TestDatabase;
  dataDir: string;
  engine: SyncEngine;
  /** Closes the engine and starts another on the same PostgreSQL and data folder (a restart). */
  restart(auth?: Auth): Promise<SyncEngine>;
  /** The merge cache's rows as a ledger's hashes, read with the engine stopped (then started again). */
  cacheHashes(): Promise<Record<string, { rows: number; hash: string }>>;
  /** An empty server again (log, mirror and cache), cheaper than a new database per schedule. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** A server on a throwaway PostgreSQL database and data folder. */
export async function startOffice(auth: Auth = allowAll, sql?: (db: TestDatabase) => Sql): Promise<Office> {
  const db = await freshDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'leadatlas-office-'));
  const engineSql = sql?.(db) ?? db.sql;
  const open = (a: Auth) => createSyncEngine({ sql: engineSql, auth: a, dataDir, serverId: SERVER_ID });
  await (await open(auth)).close();
  const emptyCache = join(dataDir, 'empty-cache.sqlite');
  copyFileSync(join(dataDir, CACHE_FILE), emptyCache);
  const office: Office = {
    db,
    dataDir,
    engine: await open(auth),
    async restart(a = auth) {
      await office.engine.close();
      office.engine = await open(a);
      return office.engine;
    },
    async cacheHashes() {
      await office.engine.close();
      const cache = openDatabase(join(dataDir, CACHE_FILE));
      const hashes = ledgerHashes(cache);
      closeDatabase(cache);
      await office.restart();
      return hashes;
    },
    async reset() {
      await office.engine.close();
      const mirror = syncedTableNames().map((t) => `mirror.${t}`);
      // DELETE, not TRUNCATE: on a few rows it skips new files and their fsyncs.
      await db.sql.exec(
        [...mirror, 'changes', 'push_batches'].map((t) => `DELETE FROM ${t};`).join('\n') +
          `ALTER SEQUENCE changes_seq_seq RESTART; ALTER SEQUENCE push_batches_id_seq RESTART;`,
      );
      // The cache of an empty log, as the first start made it: no migrations to run again.
      copyFileSync(emptyCache, join(dataDir, CACHE_FILE));
      office.engine = await open(auth);
    },
    async close() {
      await office.engine.close().catch(() => undefined);
      if (engineSql !== db.sql) await engineSql.close();
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return office;
}

/** The engine in-process, as a laptop's round sees a server; `engine()` is read per call (restarts). */
export const inProcess = (engine: () => SyncEngine, caller: Caller): ServerTransport => ({
  state: () => engine().state(caller),
  push: (r) => engine().push(caller, r),
  pull: (r) => engine().pull(caller, r),
});

/** A connection that drops at its `at`-th call: before the server sees it, or after (the answer lost). */
export function dropping(inner: ServerTransport, at: number, answerLost: boolean): ServerTransport {
  let calls = 0;
  const guard = async <T>(call: () => Promise<T>): Promise<T> => {
    const n = calls++;
    if (n === at && !answerLost) throw new Error('连接中断');
    const answer = await call();
    if (n === at) throw new Error('连接中断');
    return answer;
  };
  return {
    state: () => guard(() => inner.state()),
    push: (r) => guard(() => inner.push(r)),
    pull: (r) => guard(() => inner.pull(r)),
  };
}

export const memoryCursor = (): ServerCursor => {
  let at = '0';
  return { get: () => at, set: (c) => void (at = c) };
};

export interface Laptop {
  db: Db;
  id: string;
  cursor: ServerCursor;
}

/** Rounds for every laptop until one pass moves nothing. */
export async function settleWithServer(laptops: readonly Laptop[], office: Office): Promise<void> {
  for (let pass = 0; pass < 10; pass++) {
    let moved = 0;
    for (const l of laptops) {
      const r = await runServerRound(
        l.db,
        inProcess(() => office.engine, callerFor(l.id)),
        l.cursor,
      );
      moved += r.pushed + r.applied;
    }
    if (moved === 0) return;
  }
  throw new Error('sync with the server did not settle in 10 passes');
}
