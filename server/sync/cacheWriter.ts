import type { Db } from '../../main/db/open';
import { applyChanges } from '../../main/sync/applyChanges';
import type { SeenVector, SyncChange } from '../../main/sync/change';
import { seenVector } from '../../main/sync/changeLog';
import { syncedSpec } from '../../main/sync/syncedTables';
import type { Caller } from '../seams';
import type { Sql } from '../store/sql';
import {
  appendChanges,
  asChange,
  batchSeen,
  forgetDeletedValues,
  insertBatch,
  readLog,
  type LoggedChange,
} from './changeLog';
import { mirrorDelta, writeMirror } from './mirror';
import {
  cacheLogSeq,
  clearTouched,
  dropRuleCache,
  openRuleCache,
  replaying,
  serverDevice,
  setCacheLogSeq,
  touchedRows,
} from './ruleCache';

const REPLAY_PAGE = 5000;

export interface Cache {
  db: Db;
  dataDir: string;
  /** The device id the cache records its own changes (conflicts it finds) under. */
  device: string;
}

export function openCache(dataDir: string, serverId: string): Cache {
  const device = serverDevice(serverId);
  return { db: openRuleCache(dataDir, device), dataDir, device };
}

/** The highest log position PostgreSQL ever issued (a failed push's positions included). */
async function issuedSeq(sql: Sql): Promise<number> {
  const [row] = await sql.query<{ seq: number }>(
    `SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS seq FROM changes_seq_seq`,
  );
  return row?.seq ?? 0;
}

/** Consecutive changes of one push, so each is applied with its pusher's vector. */
function runsOfBatch(rows: readonly LoggedChange[]): LoggedChange[][] {
  const runs: LoggedChange[][] = [];
  for (const r of rows) {
    const last = runs.at(-1);
    if (last && last[0]!.batch === r.batch) last.push(r);
    else runs.push([r]);
  }
  return runs;
}

/**
 * Brings the cache up to the log: replays, in log order, what it lacks (a push that PostgreSQL
 * committed but the process did not live to commit here; a cache file that was lost). A cache
 * ahead of the log (PostgreSQL restored from an older backup) is built again from the log.
 * Returns how many changes were replayed.
 */
export async function catchUp(sql: Sql, cache: Cache): Promise<number> {
  if (cacheLogSeq(cache.db) > (await issuedSeq(sql))) {
    dropRuleCache(cache.db, cache.dataDir);
    cache.db = openRuleCache(cache.dataDir, cache.device);
  }
  const db = cache.db;
  let replayed = 0;
  for (;;) {
    const rows = await readLog(sql, cacheLogSeq(db), REPLAY_PAGE);
    if (rows.length === 0) return replayed;
    const seen = await batchSeen(
      sql,
      rows.map((r) => r.batch),
    );
    replaying(db, () =>
      db
        .transaction(() => {
          for (const run of runsOfBatch(rows)) {
            applyChanges(db, run.map(asChange), { seen: seen.get(run[0]!.batch) ?? {} });
          }
          setCacheLogSeq(db, rows.at(-1)!.seq);
        })
        .immediate(),
    );
    replayed += rows.length;
  }
}

function changesAfter(db: Db, seq: number): SyncChange[] {
  const rows = db
    .prepare(`SELECT hlc, device, tbl, gid, op, fields, actor FROM sync_changes WHERE seq > ? ORDER BY seq`)
    .all(seq) as (Omit<SyncChange, 'fields'> & { fields: string | null })[];
  return rows.map((r) => ({
    ...r,
    fields: r.fields === null ? null : (JSON.parse(r.fields) as SyncChange['fields']),
  }));
}

/**
 * Merges one push (its allowed changes) into the office's ledger. The cache applies it inside
 * BEGIN IMMEDIATE and stays open while PostgreSQL records the log rows, the cache's own new
 * changes and the rows that changed, in one transaction; the cache commits only after
 * PostgreSQL has, and rolls back if it did not. Returns how many pushed changes were new (a
 * value a deletion in the same push made moot included: it was new, and is forgotten).
 */
export async function applyPush(
  sql: Sql,
  cache: Cache,
  caller: Caller,
  seen: SeenVector,
  changes: readonly SyncChange[],
): Promise<number> {
  await catchUp(sql, cache);
  const db = cache.db;
  clearTouched(db);
  const before = (db.prepare(`SELECT ifnull(max(seq), 0) FROM sync_changes`).pluck().get() as number) ?? 0;
  db.exec('BEGIN IMMEDIATE');
  try {
    const { applied } = applyChanges(db, changes, { seen });
    const added = changesAfter(db, before);
    if (added.length === 0) {
      db.exec('ROLLBACK');
      return 0;
    }
    const pushed = added.filter((c) => c.device !== cache.device);
    const own = added.filter((c) => c.device === cache.device);
    const delta = mirrorDelta(db, touchedRows(db));
    const deletions = added.filter((c) => c.op === 'del' && !syncedSpec(c.tbl)?.join);
    const ownSeen = seenVector(db);
    const last = await sql.transaction(async (tx) => {
      let seq = await appendChanges(
        tx,
        await insertBatch(tx, { device: caller.device, userId: caller.userId, seen }),
        pushed,
      );
      if (own.length > 0) {
        const batch = await insertBatch(tx, { device: cache.device, userId: null, seen: ownSeen });
        seq = Math.max(seq, await appendChanges(tx, batch, own));
      }
      await forgetDeletedValues(tx, deletions);
      await writeMirror(tx, delta);
      return seq;
    });
    if (last > 0) setCacheLogSeq(db, last);
    db.exec('COMMIT');
    return applied;
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw err;
  }
}
