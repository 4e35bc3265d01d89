import { mkdirSync } from 'node:fs';
import type { z } from 'zod';
import {
  figuresRequestSchema,
  PAGE_CHANGES,
  pullRequestSchema,
  pushRequestSchema,
  type FiguresRequest,
  type FiguresResponse,
  type PullRequest,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from '@contract/sync/serverProtocol';
import { closeDatabase } from '../../main/db/open';
import { migrations as desktopMigrations } from '../../main/db/migrations';
import type { SyncChange } from '../../main/sync/change';
import { ServerRefusal, type Auth, type Caller, type SyncEngine } from '../seams';
import { migrate } from '../store/migrate';
import { SERVER_MIGRATIONS } from '../store/migrations';
import type { Sql } from '../store/sql';
import { batchSeen, logSeen, readLog, asChange, type LoggedChange } from './changeLog';
import { applyPush, catchUp, openCache, type Cache } from './cacheWriter';
import { refuseBadChanges } from './changeChecks';
import { makeTeamOf } from './teamOf';
import { officeFigure } from './officeFigures';
import { cacheLogSeq } from './ruleCache';

/** The desktop schema the server merges by: its ledger is at the desktop's newest migration. */
export const SCHEMA_VERSION = desktopMigrations.length;

export type EngineLog = (event: string, fields: Record<string, unknown>) => void;

export interface SyncEngineOptions {
  sql: Sql;
  auth: Auth;
  /** The server's data folder: the rule-engine cache lives here. */
  dataDir: string;
  serverId: string;
  log?: EngineLog;
}

function parsed<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new ServerRefusal(
    400,
    'BAD_REQUEST',
    `同步请求格式不正确：${issue.message}（${issue.path.join('.')}）`,
  );
}

function sameSchema(version: number): void {
  if (version === SCHEMA_VERSION) return;
  throw new ServerRefusal(
    409,
    'SCHEMA_MISMATCH',
    version < SCHEMA_VERSION
      ? `本机招商通的数据库版本（${version}）低于办公室服务器（${SCHEMA_VERSION}），请先升级本机招商通再同步。`
      : `本机招商通的数据库版本（${version}）高于办公室服务器（${SCHEMA_VERSION}），请联系办公室升级服务器程序后再同步。`,
  );
}

const sameClock = (a: SyncChange, b: SyncChange): boolean => a.hlc === b.hlc && a.device === b.device;

/**
 * The office server's sync engine: pushes are merged one at a time by the desktop's own rules
 * in the rule-engine cache and recorded in PostgreSQL (log and mirror) in one transaction;
 * pulls read PostgreSQL only.
 */
export async function createSyncEngine(options: SyncEngineOptions): Promise<SyncEngine> {
  const { sql, auth, serverId } = options;
  const log: EngineLog = options.log ?? (() => undefined);
  await migrate(sql, SERVER_MIGRATIONS);
  mkdirSync(options.dataDir, { recursive: true });
  const cache: Cache = openCache(options.dataDir, serverId);
  const replayed = await catchUp(sql, cache);
  if (replayed > 0) log('cache-replayed', { changes: replayed });

  // One writer: pushes wait for each other; a failed one does not stop the next.
  let writer: Promise<unknown> = Promise.resolve();
  const serialized = <T>(work: () => Promise<T>): Promise<T> => {
    const run = writer.then(work, work);
    writer = run.catch(() => undefined);
    return run;
  };

  async function push(caller: Caller, body: PushRequest): Promise<PushResponse> {
    const request = parsed(pushRequestSchema, body);
    sameSchema(request.schemaVersion);
    refuseBadChanges(request.changes);
    return serialized(async () => {
      const teamOf = makeTeamOf(sql, request.changes);
      const refused: PushResponse['refused'] = [];
      const allowed: SyncChange[] = [];
      for (const [index, change] of request.changes.entries()) {
        const reason = await auth.refusalOf(caller, change, teamOf);
        if (reason === null) {
          allowed.push(change);
          continue;
        }
        refused.push({ index, reason });
        await auth.noteRefusal(caller, change, reason);
      }
      const accepted = await applyPush(sql, cache, caller, request.seen, allowed).catch((err: unknown) => {
        // The ledger's own constraints refused a change (a laptop's bug or a forged one): the
        // whole page is refused, nothing written, and the office sees which laptop sent it.
        if ((err as { code?: unknown }).code?.toString().startsWith('SQLITE_CONSTRAINT')) {
          log('push-refused', {
            device: caller.device,
            user: caller.user.user,
            error: (err as Error).message,
          });
          throw new ServerRefusal(
            422,
            'MERGE_REFUSED',
            `这批变更不符合台账的约束，办公室服务器未作任何改动：${(err as Error).message}`,
          );
        }
        throw err;
      });
      const response: PushResponse = {
        accepted,
        alreadyHad: allowed.length - accepted,
        refused,
        seen: await logSeen(sql),
      };
      log('push', { device: caller.device, user: caller.user.user, accepted, refused: refused.length });
      return response;
    });
  }

  /** Queued with the pushes: the cache is read between merges, never inside one. */
  async function figures(caller: Caller, body: FiguresRequest): Promise<FiguresResponse> {
    const request = parsed(figuresRequestSchema, body);
    sameSchema(request.schemaVersion);
    return serialized(async () => ({
      value: await officeFigure(cache.db, caller, request),
      asOf: String(cacheLogSeq(cache.db)),
    }));
  }

  async function pull(caller: Caller, body: PullRequest): Promise<PullResponse> {
    const request = parsed(pullRequestSchema, body);
    sameSchema(request.schemaVersion);
    const cursor = Number(request.cursor);
    // Twenty digits pass the protocol's pattern; PostgreSQL's positions stop far below that.
    if (!Number.isSafeInteger(cursor))
      throw new ServerRefusal(400, 'BAD_REQUEST', `同步位置超出范围（${request.cursor}），请重新同步`);
    const limit = request.limit ?? PAGE_CHANGES;
    const { page, more } = await pageAfter(sql, cursor, limit, caller.device);
    const teamOf = makeTeamOf(sql);
    const readable: LoggedChange[] = [];
    for (const c of page) if (await auth.mayRead(caller, asChange(c), teamOf)) readable.push(c);
    const seen = await batchSeen(
      sql,
      readable.map((c) => c.batch),
    );
    const batchIds = [...new Set(readable.map((c) => c.batch))];
    return {
      changes: readable.map(asChange),
      batchOf: readable.map((c) => batchIds.indexOf(c.batch)),
      batches: batchIds.map((id) => seen.get(id) ?? {}),
      next: String(page.at(-1)?.seq ?? cursor),
      more,
    };
  }

  return {
    state: async () => ({ serverId, schemaVersion: SCHEMA_VERSION, seen: await logSeen(sql) }),
    push,
    pull,
    figures,
    async close() {
      await writer;
      closeDatabase(cache.db);
    },
  };
}

/**
 * The next page of the log for a laptop: at most `limit` changes, never cut between changes of
 * one clock and device (one transaction on a laptop); a transaction larger than a page comes whole.
 */
async function pageAfter(
  sql: Sql,
  cursor: number,
  limit: number,
  device: string,
): Promise<{ page: LoggedChange[]; more: boolean }> {
  const rows = await readLog(sql, cursor, limit + 1, device);
  if (rows.length <= limit) return { page: rows, more: false };
  const beyond = rows[limit]!;
  const page = rows.slice(0, limit);
  while (page.length > 0 && sameClock(page.at(-1)!, beyond)) page.pop();
  if (page.length > 0) return { page, more: true };
  const whole: LoggedChange[] = [];
  let after = cursor;
  for (;;) {
    const next = await readLog(sql, after, PAGE_CHANGES, device);
    for (const c of next) {
      if (!sameClock(c, rows[0]!)) return { page: whole, more: true };
      whole.push(c);
    }
    if (next.length < PAGE_CHANGES) return { page: whole, more: false };
    after = next.at(-1)!.seq;
  }
}
