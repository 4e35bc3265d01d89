import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { closeDatabase, DatabaseOpenError, openDatabase, type Db } from '../../main/db/open';
import { adoptDevice } from '../../main/sync/changeLog';
import { registerSyncFunctions } from '../../main/sync/syncFunctions';
import { gidOf, SYNC_REFS_012 } from '../../main/db/migrations/012_syncTables';
import { syncedSpec, syncedTableNames } from '../../main/sync/syncedTables';

/**
 * The server's rule-engine cache: a desktop ledger (the desktop's own migrations, sync functions
 * and applyChanges) kept in the server's data folder, so the office's rows are merged by exactly
 * the rules every laptop merges by. PostgreSQL's change log is the record; this file is derived
 * from it, remembers the last log position it reflects, and is rebuilt from the log whenever it
 * is missing or damaged.
 */
export const CACHE_FILE = 'merge-cache.sqlite';

/** The cache's device id for the changes it records itself (conflicts it finds): one per server. */
export const serverDevice = (serverId: string): string =>
  /^[0-9a-f]{16}$/.test(serverId)
    ? serverId
    : createHash('sha256').update(serverId).digest('hex').slice(0, 16);

export interface TouchedRow {
  tbl: string;
  /** The row's gid; for a join table the two references' gids in `pair`. */
  gid: string;
  pair?: [string, string];
}

function openOrReplace(path: string): Db {
  try {
    return openDatabase(path, { fullCheck: true });
  } catch (err) {
    if (!(err instanceof DatabaseOpenError)) throw err;
    // Derived data only: a damaged or foreign file is dropped and built again from the log.
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
    return openDatabase(path);
  }
}

/** Opens (or creates) the cache in `dataDir` as the ledger of device `device`. */
export function openRuleCache(dataDir: string, device: string): Db {
  const path = join(dataDir, CACHE_FILE);
  const db = openOrReplace(path);
  adoptDevice(db, device);
  db.exec(`CREATE TABLE IF NOT EXISTS server_cache (
    only     INTEGER PRIMARY KEY CHECK (only = 1),
    log_seq  INTEGER NOT NULL
  ) STRICT;
  INSERT OR IGNORE INTO server_cache (only, log_seq) VALUES (1, 0);`);
  watchRows(db);
  return db;
}

export const cacheLogSeq = (db: Db): number =>
  db.prepare(`SELECT log_seq FROM server_cache`).pluck().get() as number;

export const setCacheLogSeq = (db: Db, seq: number): void =>
  void db.prepare(`UPDATE server_cache SET log_seq = ?`).run(seq);

/** Empties the cache file so the next open builds it again from the log. */
export function dropRuleCache(db: Db, dataDir: string): void {
  closeDatabase(db);
  for (const suffix of ['', '-wal', '-shm']) rmSync(join(dataDir, CACHE_FILE) + suffix, { force: true });
}

/**
 * TEMP triggers that note every synced row written on this connection — by materialize, by a
 * foreign key's cascade or SET NULL, by a merge's re-pointing — so one push's effect on the
 * ledger is known exactly and the mirror is written from it.
 */
function watchRows(db: Db): void {
  db.exec(
    `CREATE TEMP TABLE IF NOT EXISTS server_touched (tbl TEXT NOT NULL, gid TEXT NOT NULL, a TEXT, b TEXT)`,
  );
  for (const table of syncedTableNames()) {
    const join = syncedSpec(table)!.join;
    const record = (row: 'NEW' | 'OLD', event: string, name = event): string => {
      if (!join) {
        return `CREATE TEMP TRIGGER IF NOT EXISTS server_touch_${table}_${name} AFTER ${event} ON main.${table}
          WHEN ${row}.gid IS NOT NULL BEGIN INSERT INTO server_touched (tbl, gid) VALUES ('${table}', ${row}.gid); END;`;
      }
      const [a, b] = join.map((c) => gidOf(SYNC_REFS_012[table]![c]!, `${row}.${c}`)) as [string, string];
      // A membership that goes with its deleted parent cannot name it any more: the mirror
      // drops it with the parent instead (mirror.ts).
      return `CREATE TEMP TRIGGER IF NOT EXISTS server_touch_${table}_${name} AFTER ${event} ON main.${table}
        WHEN ${a} IS NOT NULL AND ${b} IS NOT NULL
        BEGIN INSERT INTO server_touched (tbl, gid, a, b) VALUES ('${table}', ${a} || '|' || ${b}, ${a}, ${b}); END;`;
    };
    db.exec(record('NEW', 'INSERT'));
    db.exec(record('NEW', 'UPDATE'));
    db.exec(record('OLD', 'DELETE'));
    // A membership re-pointed by a merge leaves its old pair as well.
    if (join) db.exec(record('OLD', 'UPDATE', 'UPDATE_OLD'));
  }
}

export const clearTouched = (db: Db): void => void db.exec(`DELETE FROM temp.server_touched`);

export function touchedRows(db: Db): TouchedRow[] {
  const rows = db.prepare(`SELECT DISTINCT tbl, gid, a, b FROM temp.server_touched`).all() as {
    tbl: string;
    gid: string;
    a: string | null;
    b: string | null;
  }[];
  return rows.map((r) =>
    r.a !== null && r.b !== null ? { tbl: r.tbl, gid: r.gid, pair: [r.a, r.b] } : { tbl: r.tbl, gid: r.gid },
  );
}

/**
 * Runs `work` with change capture off entirely: replaying the log, whose changes — the
 * conflicts this server found included — are all recorded already.
 */
export function replaying<T>(db: Db, work: () => T): T {
  db.function('sync_capture', { deterministic: false }, () => 0);
  try {
    return work();
  } finally {
    registerSyncFunctions(db);
  }
}
