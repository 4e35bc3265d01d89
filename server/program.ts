import { mkdirSync } from 'node:fs';
import { z } from 'zod';
import type { HealthResponse } from '@contract/sync/serverProtocol';
import packageJson from '../package.json';
import { backup } from './backup';
import { readConfig, type ServerConfig } from './config';
import { lockPglite, pgliteDir, serverIdOf } from './dataFolder';
import { BODY_LIMIT } from './http/body';
import { listenHttps } from './http/listen';
import { handleRequest } from './http/routes';
import { createLog, type Log } from './log';
import { createAuth } from './auth';
import { runUserCommand } from './auth/cli';
import type { Auth, SyncEngine } from './seams';
import { createSyncEngine } from './sync/engine';
import { migrate } from './store/migrate';
import { SERVER_MIGRATIONS } from './store/migrations';
import { openPostgres } from './store/pgSql';
import { openPglite } from './store/pgliteSql';
import type { Sql } from './store/sql';
import { loadOrCreateCertificate } from './tls';

/** What the accounts and the sync engine are made from, once the database is migrated. */
export interface PartsContext {
  sql: Sql;
  log: Log;
  dataDir: string;
  serverId: string;
}
export type MakeParts = (
  context: PartsContext,
) => { auth: Auth; engine: SyncEngine } | Promise<{ auth: Auth; engine: SyncEngine }>;

/** The parts a build of the server carries: accounts, the sync engine and the `user` command. */
export interface Wiring {
  makeParts: MakeParts;
  runUserCommand: (args: string[], sql: Sql) => Promise<number>;
}

/** This build's parts: accounts on PostgreSQL, and the engine merging by the desktop's rules. */
export const OFFICE_WIRING: Wiring = {
  async makeParts({ sql, log, dataDir, serverId }) {
    const auth = createAuth({ sql, serverId, log });
    const engine = await createSyncEngine({
      sql,
      auth,
      dataDir,
      serverId,
      log: (event, fields) => log.info(event, fields),
    });
    return { auth, engine };
  },
  runUserCommand,
};

export interface RunningServer {
  port: number;
  serverId: string;
  fingerprint256: string;
  /** Stops accepting, finishes the requests in flight, closes the engine and the database. */
  close(): Promise<void>;
}

/** The database the configuration names, migrated; refuses (NewerSchemaError) a newer schema. */
async function openDatabase(
  config: ServerConfig,
): Promise<{ sql: Sql; schemaVersion: number; close(): Promise<void> }> {
  mkdirSync(config.dataDir, { recursive: true });
  const release = config.database.kind === 'pglite' ? lockPglite(config.dataDir) : () => undefined;
  let sql: Sql | undefined;
  try {
    sql =
      config.database.kind === 'postgres'
        ? openPostgres(config.database.url)
        : await openPglite(pgliteDir(config.dataDir));
    const schemaVersion = await migrate(sql, SERVER_MIGRATIONS);
    const opened = sql;
    return { sql, schemaVersion, close: () => opened.close().finally(release) };
  } catch (err) {
    await sql?.close().catch(() => undefined);
    release();
    throw err;
  }
}

/** A monitor asking for health gets an answer even while PostgreSQL does not answer at all. */
const HEALTH_DB_TIMEOUT_MS = 5000;

function reachable(sql: Sql): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('数据库无响应')), HEALTH_DB_TIMEOUT_MS);
  });
  return Promise.race([sql.query('SELECT 1').then(() => true), late]).finally(() => clearTimeout(timer));
}

export async function startServer(options: {
  config: ServerConfig;
  log: Log;
  makeParts: MakeParts;
  /** Lines for the person at the console (the certificate's fingerprint to read out). */
  say?: (line: string) => void;
  bodyLimit?: number;
}): Promise<RunningServer> {
  const { config, log, say = (line) => console.error(line) } = options;
  // Schema complaints reach the office as they are sent: in Chinese.
  z.config(z.locales.zhCN());
  const db = await openDatabase(config);
  let engine: SyncEngine | undefined;
  try {
    const certificate = await loadOrCreateCertificate(config.dataDir);
    const serverId = serverIdOf(config.dataDir);
    const parts = await options.makeParts({ sql: db.sql, log, dataDir: config.dataDir, serverId });
    const { auth } = parts;
    engine = parts.engine;
    const health = async (): Promise<HealthResponse> => {
      const ok = await reachable(db.sql).catch((err: unknown) => {
        log.error('health: database unreachable', { err });
        return false;
      });
      return {
        ok,
        serverId,
        schemaVersion: db.schemaVersion,
        database: db.sql.kind,
        version: packageJson.version,
      };
    };
    const listening = await listenHttps(
      certificate,
      handleRequest({ auth, engine: parts.engine, log, health, bodyLimit: options.bodyLimit ?? BODY_LIMIT }),
      config,
    );
    const url = `https://${config.host}:${listening.port}`;
    log.info('server started', {
      url,
      database: db.sql.kind,
      schemaVersion: db.schemaVersion,
      serverId,
      fingerprint256: certificate.fingerprint256,
      certificateCreated: certificate.created,
    });
    say(
      `招商通办公室服务器已启动：${url}（数据库：${db.sql.kind === 'postgres' ? 'PostgreSQL' : '嵌入式 PGlite'}）`,
    );
    say(`证书指纹：${certificate.fingerprint256}`);
    say('各台笔记本电脑首次连接时，请在「设置」中核对此证书指纹。');
    return {
      port: listening.port,
      serverId,
      fingerprint256: certificate.fingerprint256,
      async close() {
        await listening.close();
        await parts.engine.close();
        await db.close();
        log.info('server stopped');
      },
    };
  } catch (err) {
    await engine?.close().catch(() => undefined);
    await db.close();
    throw err;
  }
}

const USAGE = [
  '用法：',
  '  npm run server                      启动办公室服务器',
  '  npm run server -- backup <文件>      备份数据库到文件',
  '  npm run server -- user …            管理账号（user add/passwd/remove/list）',
  '  npm run server -- device …          管理笔记本（device list/remove）',
  '  npm run server -- setting …         办公室设置（setting team-reads-others on|off）',
].join('\n');

/** The account commands (server/auth/cli.ts): users, their laptops, the office's settings. */
const ACCOUNT_COMMANDS = new Set(['user', 'device', 'setting']);

/** `npm run server [-- backup <file> | user … | device … | setting …]`; resolves to the exit code. */
export async function main(
  argv: string[],
  wiring: Wiring = OFFICE_WIRING,
  env = process.env,
): Promise<number> {
  const say = (line: string) => console.error(line);
  try {
    const config = readConfig(env);
    const [command, ...args] = argv;
    if (command === 'backup') {
      if (args.length !== 1) return (say(`用法：npm run server -- backup <备份文件>`), 2);
      await backup(config, args[0] as string);
      say(`备份已写入：${args[0]}`);
      return 0;
    }
    if (command !== undefined && ACCOUNT_COMMANDS.has(command)) {
      const db = await openDatabase(config);
      try {
        return await wiring.runUserCommand(argv, db.sql);
      } finally {
        await db.close();
      }
    }
    if (command !== undefined) return (say(USAGE), 2);
    return await serveUntilStopped(config, wiring);
  } catch (err) {
    // Every expected failure (configuration, newer schema, backup, a locked data folder) carries its own sentence.
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE')
      say('端口已被占用：请设置 PORT 换一个端口，或先停止占用它的程序。');
    else say(err instanceof Error ? err.message : String(err));
    return 1;
  }
}

async function serveUntilStopped(config: ServerConfig, wiring: Wiring): Promise<number> {
  const log = createLog();
  const running = await startServer({ config, log, makeParts: wiring.makeParts });
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  log.info('stopping', { signal });
  await running.close();
  return 0;
}

/** Run as a program (node out/server/index.mjs, as a service runs it) rather than imported. */
export function runFromCommandLine(): void {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
    // A driver's stray timer must not keep a stopped server's process alive.
    setTimeout(() => process.exit(code), 3000).unref();
  });
}
