// The office under load: many laptops, each with its own ledger file, device key and account,
// sync at once with one real office server (HTTPS with its pinned certificate, accounts, the sync
// engine on PostgreSQL or PGlite) through the app's own round. Used by `npm run bench --only office`
// for the timings and by a server test for the verdict alone.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { now } from '@contract/shared/clock';
import { closeDatabase, openDatabase, type Db } from '../main/db/open';
import { deviceName } from '../main/sync/bundleExchange';
import type { SyncChange } from '../main/sync/change';
import { adoptDevice, thisDevice } from '../main/sync/changeLog';
import { loadOrCreateDeviceKeys } from '../main/sync/deviceKeys';
import { createServerSync, type ServerSync } from '../main/sync/server/serverSync';
import { runServerRound } from '../main/sync/serverRound';
import { ledgerHashes } from '../main/sync/tableHash';
import { addUser } from '../server/auth/users';
import type { ScryptCost } from '../server/auth/passwords';
import type { ServerConfig } from '../server/config';
import { pgliteDir } from '../server/dataFolder';
import { OFFICE_WIRING, startServer, type RunningServer } from '../server/program';
import { createLog } from '../server/log';
import { migrate } from '../server/store/migrate';
import { SERVER_MIGRATIONS } from '../server/store/migrations';
import { openPglite } from '../server/store/pgliteSql';
import { openPostgres } from '../server/store/pgSql';
import type { Sql } from '../server/store/sql';
import { mirrorHashes } from '../server/sync/mirror';
import { writeMonth, type MonthSize } from './syncMonth';

/** Accounts here exist to be signed into once, untimed: a cheap hash keeps 50 of them quick. */
const ACCOUNT_COST: ScryptCost = { N: 1024, r: 8, p: 1 };
const PASSWORD = 'zhaoshang-load-2026';

export type OfficeDatabase = ServerConfig['database'];

export interface OfficeLoadOptions {
  laptops: number;
  month: MonthSize;
  /** An empty folder for the laptops' ledgers and the server's data folder. */
  dir: string;
  database: OfficeDatabase;
  /** What one request may take before the laptop gives up (the app's own is 30 s). */
  requestTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface Laptop {
  login: string;
  /** The ledger file, kept after the run (the caller's folder) for a second look. */
  path: string;
  db: Db;
  sync: ServerSync;
}

export interface Verdict {
  ok: boolean;
  /** Changes the laptops made (their own rows in their logs), summed. */
  made: number;
  /** Rows of the server's change log. */
  logged: number;
  problems: string[];
}

export interface OfficeLoadResult {
  /** Milliseconds of each laptop's first round (push, then pull to the end), all run at once. */
  firstRounds: number[];
  /** The second round for everyone, which brings each the changes pushed after its first pull. */
  secondRounds: number[];
  /** Wall time of the first round, from the first laptop starting to the last one done. */
  wallMs: number;
  /** Changes the server accepted in the first round. */
  accepted: number;
  verdict: Verdict;
  /** Each laptop's own changes, as it pushed them: the raw baseline inserts the same. */
  made: SyncChange[][];
  ledgers: { login: string; path: string }[];
}

/** A handle on the server's database with the server stopped: PGlite admits one user at a time. */
export async function openOfficeSql(database: OfficeDatabase, dataDir: string): Promise<Sql> {
  if (database.kind === 'postgres') return openPostgres(database.url, 4);
  // The server makes its data folder on start; here the accounts are written before it starts.
  mkdirSync(dataDir, { recursive: true });
  return openPglite(pgliteDir(dataDir));
}

async function makeAccounts(database: OfficeDatabase, dataDir: string, count: number): Promise<string[]> {
  const sql = await openOfficeSql(database, dataDir);
  try {
    await migrate(sql, SERVER_MIGRATIONS);
    const logins = Array.from({ length: count }, (_, i) => `load${String(i + 1).padStart(2, '0')}`);
    for (const login of logins)
      await addUser(
        sql,
        { login, displayName: `${login}号笔记本`, role: 'office', teamGid: null },
        PASSWORD,
        now(),
        ACCOUNT_COST,
      );
    return logins;
  } finally {
    await sql.close();
  }
}

/** A laptop as the app sets one up: its folder with its key, its ledger, the server confirmed and signed in. */
async function laptop(
  dir: string,
  login: string,
  index: number,
  month: MonthSize,
  server: RunningServer,
  timeoutMs: number,
): Promise<Laptop> {
  const folder = join(dir, login);
  mkdirSync(folder, { recursive: true });
  const keys = loadOrCreateDeviceKeys(folder);
  const path = join(folder, 'ledger.sqlite');
  const db = openDatabase(path);
  adoptDevice(db, keys.device);
  writeMonth(db, month, `${index + 1}号`);
  const sync = createServerSync({
    db,
    keys: () => keys,
    deviceName: () => deviceName(db),
    round: ({ transport, cursor }) => runServerRound(db, transport, cursor),
    exclusive: (_what, work) => work(() => undefined),
    busy: () => null,
    timeoutMs,
  });
  sync.confirm(`https://127.0.0.1:${server.port}`, server.fingerprint256);
  await sync.signIn(login, PASSWORD);
  return { login, path, db, sync };
}

/** Every laptop's round at once; each one's milliseconds, and the wall time of all. */
async function roundForAll(
  laptops: readonly Laptop[],
): Promise<{ times: number[]; wallMs: number; pushed: number }> {
  const started = performance.now();
  const done = await Promise.all(
    laptops.map(async (l) => {
      const t = performance.now();
      const report = await l.sync.syncNow();
      return { ms: performance.now() - t, pushed: report.pushed };
    }),
  );
  return {
    times: done.map((d) => d.ms),
    wallMs: performance.now() - started,
    pushed: done.reduce((n, d) => n + d.pushed, 0),
  };
}

/** This laptop's own changes in its log, oldest first. */
export function ownChanges(db: Db): SyncChange[] {
  const rows = db
    .prepare(
      `SELECT hlc, device, tbl, gid, op, fields, actor FROM sync_changes WHERE device = ? ORDER BY hlc, seq`,
    )
    .all(thisDevice(db)) as (Omit<SyncChange, 'fields'> & { fields: string | null })[];
  return rows.map((r) => ({
    ...r,
    fields: r.fields === null ? null : (JSON.parse(r.fields) as SyncChange['fields']),
  }));
}

/** One field of one change: what "nothing lost, nothing twice" is counted in. */
const fieldKeys = (c: { device: string; hlc: string; tbl: string; gid: string; cols: string[] }): string[] =>
  (c.cols.length > 0 ? c.cols : ['']).map((col) => [c.device, c.hlc, c.tbl, c.gid, col].join('|'));

/**
 * After everyone's last round: the server's log holds every change the laptops made, each
 * (device, clock, table, row, field) once and nothing else, and every laptop's ledger hashes as
 * the server's PostgreSQL mirror does.
 */
export async function verifyOffice(
  sql: Sql,
  laptops: readonly { login: string; db: Db }[],
): Promise<Verdict> {
  const problems: string[] = [];
  const expected = new Map<string, number>();
  let made = 0;
  for (const l of laptops) {
    const own = ownChanges(l.db);
    made += own.length;
    for (const c of own)
      for (const k of fieldKeys({ ...c, cols: Object.keys(c.fields ?? {}) }))
        expected.set(k, (expected.get(k) ?? 0) + 1);
  }
  const logged = await sql.query<{ device: string; hlc: string; tbl: string; gid: string; cols: string[] }>(
    `SELECT device, hlc, tbl, gid, coalesce(ARRAY(SELECT jsonb_object_keys(fields)), '{}') AS cols FROM changes`,
  );
  const held = new Map<string, number>();
  for (const c of logged) for (const k of fieldKeys(c)) held.set(k, (held.get(k) ?? 0) + 1);
  const lost = [...expected.keys()].filter((k) => !held.has(k));
  const twice = [...held].filter(([, n]) => n > 1).map(([k]) => k);
  const unknown = [...held.keys()].filter((k) => !expected.has(k));
  if (logged.length !== made) problems.push(`服务器变更日志 ${logged.length} 条，各笔记本共做了 ${made} 条`);
  if (lost.length) problems.push(`丢失 ${lost.length} 项，如 ${lost[0]}`);
  if (twice.length) problems.push(`重复 ${twice.length} 项，如 ${twice[0]}`);
  if (unknown.length) problems.push(`多出 ${unknown.length} 项，如 ${unknown[0]}`);
  const mirror = JSON.stringify(await mirrorHashes(sql));
  const differ = laptops.filter((l) => JSON.stringify(ledgerHashes(l.db)) !== mirror).map((l) => l.login);
  if (differ.length)
    problems.push(`${differ.length} 台笔记本的台账与服务器镜像不一致：${differ.slice(0, 5).join('、')}`);
  return { ok: problems.length === 0, made, logged: logged.length, problems };
}

/**
 * Starts one office server on loopback, sets up `laptops` laptops each with a month of changes,
 * runs a first round for all at once (timed) and a second one, then stops the server and checks
 * the verdict on its database. The laptops' ledgers are closed before it returns.
 */
export async function runOfficeLoad(o: OfficeLoadOptions): Promise<OfficeLoadResult> {
  const say = o.log ?? (() => undefined);
  const dataDir = join(o.dir, 'server');
  const logins = await makeAccounts(o.database, dataDir, o.laptops);
  const config: ServerConfig = { database: o.database, dataDir, host: '127.0.0.1', port: 0 };
  let server: RunningServer | null = await startServer({
    config,
    log: createLog(() => undefined),
    makeParts: OFFICE_WIRING.makeParts,
    say: () => undefined,
  });
  const laptops: Laptop[] = [];
  try {
    say(`office load: ${o.laptops} laptops signing in…`);
    for (const [i, login] of logins.entries())
      laptops.push(await laptop(o.dir, login, i, o.month, server, o.requestTimeoutMs ?? 30_000));
    const made = laptops.map((l) => ownChanges(l.db));
    say(`office load: first round, ${made.reduce((n, m) => n + m.length, 0)} changes, all laptops at once…`);
    const first = await roundForAll(laptops);
    say(`office load: second round…`);
    const second = await roundForAll(laptops);
    await server.close();
    server = null;
    const sql = await openOfficeSql(o.database, dataDir);
    try {
      return {
        firstRounds: first.times,
        secondRounds: second.times,
        wallMs: first.wallMs,
        accepted: first.pushed,
        verdict: await verifyOffice(sql, laptops),
        made,
        ledgers: laptops.map(({ login, path }) => ({ login, path })),
      };
    } finally {
      await sql.close();
    }
  } finally {
    await server?.close().catch(() => undefined);
    for (const l of laptops) {
      l.sync.stop();
      closeDatabase(l.db);
    }
  }
}
