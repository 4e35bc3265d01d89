import type { z } from 'zod';
import { DomainError } from '@contract/shared/errors';
import {
  PAGE_CHANGES,
  pullResponseSchema,
  pushResponseSchema,
  syncStateResponseSchema,
} from '@contract/sync/serverProtocol';
import type { Db } from '../db/open';
import { migrations } from '../db/migrations';
import { applyChanges } from './applyChanges';
import type { SyncChange } from './change';
import { changesUnseenBy, isLogged, seenVector } from './changeLog';
import type { RoundReport, ServerCursor, ServerTransport } from './serverTransport';
import { withdrawRefused, type Refused } from './withdrawRefused';

const sameClock = (a: SyncChange, b: SyncChange): boolean => a.hlc === b.hlc && a.device === b.device;

/** Pages of at most PAGE_CHANGES, never cut between changes of one clock and device (one transaction). */
export function pushPages(changes: readonly SyncChange[]): SyncChange[][] {
  const pages: SyncChange[][] = [];
  let start = 0;
  while (start < changes.length) {
    let end = Math.min(start + PAGE_CHANGES, changes.length);
    while (
      end < changes.length &&
      end - start < PAGE_CHANGES * 2 &&
      sameClock(changes[end - 1]!, changes[end]!)
    )
      end++;
    pages.push(changes.slice(start, end));
    start = end;
  }
  return pages;
}

/** The laptop trusts no server: every answer is checked before anything is applied. */
function checked<S extends z.ZodType>(schema: S, answer: unknown): z.infer<S> {
  const result = schema.safeParse(answer);
  if (result.success) return result.data;
  throw new DomainError(
    'SYNC_INVALID',
    `办公室服务器的回复格式不正确，本次同步未写入任何内容：${result.error.issues[0]!.message}`,
  );
}

function sameSchema(server: number): void {
  const mine = migrations.length;
  if (server === mine) return;
  throw server > mine
    ? new DomainError(
        'SYNC_NEWER',
        `办公室服务器的数据库版本（${server}）高于本机（${mine}），请先升级本机招商通再同步。`,
      )
    : new DomainError(
        'CONFLICT',
        `办公室服务器的数据库版本（${server}）低于本机（${mine}），请联系办公室升级服务器程序后再同步。`,
      );
}

/** Consecutive changes of one push on the server, applied with that push's vector. */
function batchRuns(
  page: z.infer<typeof pullResponseSchema>,
): { changes: SyncChange[]; seen: Record<string, string> }[] {
  const runs: { batch: number; changes: SyncChange[] }[] = [];
  page.changes.forEach((c, i) => {
    const batch = page.batchOf[i]!;
    const last = runs.at(-1);
    if (last && last.batch === batch) last.changes.push(c);
    else runs.push({ batch, changes: [c] });
  });
  return runs.map((r) => {
    const seen = page.batches[r.batch];
    if (!seen) throw new DomainError('SYNC_INVALID', '办公室服务器的回复格式不正确：变更所属的推送不存在');
    return { changes: r.changes, seen };
  });
}

/**
 * One sync round with the office server: push what the server lacks (withdrawing, after each
 * page, what it refused), then pull everyone else's changes from the stored cursor. Every step can fail and be run again: the server takes a page
 * it holds already as nothing new, and the cursor moves only once a pulled page is applied (in
 * the same transaction when the cursor lives in this ledger), so a round cut short completes
 * when the next one runs.
 */
export async function runServerRound(
  db: Db,
  transport: ServerTransport,
  cursor: ServerCursor,
  onProgress?: (phase: 'push' | 'pull', done: number, total: number) => void,
): Promise<RoundReport> {
  const state = checked(syncStateResponseSchema, await transport.state());
  sameSchema(state.schemaVersion);
  const schemaVersion = migrations.length;
  const report: RoundReport = { pushed: 0, refused: [], withdrawn: 0, pulled: 0, applied: 0, conflicts: 0 };

  // What this laptop knew when the round began: the receivers' test of a concurrent edit.
  const seen = seenVector(db);
  const pending = changesUnseenBy(db, state.seen);
  let done = 0;
  onProgress?.('push', 0, pending.length);
  for (const page of pushPages(pending)) {
    // A refusal on an earlier page may have withdrawn changes of this one (edits of a refused creation).
    const changes = report.refused.length > 0 ? page.filter((c) => isLogged(db, c)) : page;
    done += page.length - changes.length;
    if (changes.length === 0) continue;
    const answer = checked(pushResponseSchema, await transport.push({ schemaVersion, seen, changes }));
    report.pushed += answer.accepted;
    const refused: Refused[] = [];
    for (const r of answer.refused) {
      const c = changes[r.index];
      if (!c) continue;
      refused.push({ change: c, reason: r.reason });
      report.refused.push({ tbl: c.tbl, gid: c.gid, reason: r.reason });
    }
    // Taken back now, before the next page or the pull: a round cut short keeps no refused edit.
    report.withdrawn += withdrawRefused(db, refused, answer.seen);
    done += changes.length;
    onProgress?.('push', done, pending.length);
  }

  for (let more = true; more;) {
    const from = cursor.get();
    const page = checked(pullResponseSchema, await transport.pull({ schemaVersion, cursor: from }));
    if (page.batchOf.length !== page.changes.length || (page.more && page.next === from)) {
      throw new DomainError(
        'SYNC_INVALID',
        '办公室服务器的回复格式不正确：变更与推送对应不上，或同步位置没有前进',
      );
    }
    const runs = batchRuns(page);
    db.transaction(() => {
      for (const run of runs) {
        const r = applyChanges(db, run.changes, { seen: run.seen });
        report.applied += r.applied;
        report.conflicts += r.conflicts;
      }
      cursor.set(page.next);
    }).immediate();
    report.pulled += page.changes.length;
    more = page.more;
    onProgress?.('pull', report.pulled, more ? report.pulled + PAGE_CHANGES : report.pulled);
  }
  return report;
}
