import type { Db } from '../db/open';
import { prepareCached } from '../db/statements';
import { laterChange, type SeenVector, type SyncChange } from './change';
import { noteConflicts } from './conflictCheck';
import { materialize } from './materialize';
import { isDeleted, localIdOf, revivable } from './rowLog';
import { SYNC_REFS_012 } from '../db/migrations/012_syncTables';
import { syncedSpec, syncedTableNames } from './syncedTables';
import { withoutCapture } from './syncFunctions';

const PROGRESS_EVERY = 500;

export interface ApplyReport {
  /** Changes in the batch. */
  received: number;
  /** Changes new to this device. */
  applied: number;
  /** Changes this device had already (a bundle imported twice, or an older one). */
  alreadyHad: number;
  /** Concurrent edits found and listed in 同步冲突. */
  conflicts: number;
}

/**
 * Applies another device's changes in one transaction: all or nothing. Each new change joins
 * the log with its own clock and device; then every row it touched is made what the whole log
 * says (materialize), parents before children, so the result does not depend on the order the
 * changes arrived in. Changes already held are skipped: importing a bundle twice is harmless.
 * `sender.seen` is what the sender had received when it wrote the bundle, to tell a concurrent
 * edit (listed as a conflict) from one made knowing ours.
 */
export function applyChanges(
  db: Db,
  changes: readonly SyncChange[],
  sender: { seen: SeenVector },
  onProgress?: (done: number, total: number) => void,
): ApplyReport {
  const sorted = [...changes].sort((a, b) => (laterChange(a, b) ? 1 : laterChange(b, a) ? -1 : 0));
  return withoutCapture(db, () =>
    db
      .transaction((): ApplyReport => {
        const add = prepareCached(
          db,
          `INSERT OR IGNORE INTO sync_changes (hlc, device, tbl, gid, op, fields, actor) VALUES (?, ?, ?, ?, ?, ?, ?)`,
        );
        const touched = new Map<string, Set<string>>();
        let applied = 0;
        let conflicts = 0;
        for (const [i, c] of sorted.entries()) {
          if (i % PROGRESS_EVERY === 0) onProgress?.(i, sorted.length * 2);
          const spec = syncedSpec(c.tbl);
          if (!spec) continue; // validated at the boundary; a table this version does not sync
          // Values for a row deleted here can never matter again: not kept (deleted means deleted).
          if (c.op === 'put' && !spec.join && !revivable(c.tbl) && isDeleted(db, c.tbl, c.gid)) {
            conflicts += noteConflicts(db, c, sender.seen);
            continue;
          }
          conflicts += noteConflicts(db, c, sender.seen);
          const r = add.run(
            c.hlc,
            c.device,
            c.tbl,
            c.gid,
            c.op,
            c.fields ? JSON.stringify(c.fields) : null,
            c.actor,
          );
          if (r.changes === 0) continue;
          applied++;
          if (c.op === 'del' && typeof c.fields?._into === 'string') {
            prepareCached(
              db,
              `INSERT OR REPLACE INTO sync_redirects (tbl, gid, into_gid) VALUES (?, ?, ?)`,
            ).run(c.tbl, c.gid, c.fields._into);
          }
          let set = touched.get(c.tbl);
          if (!set) touched.set(c.tbl, (set = new Set()));
          set.add(c.gid);
        }
        materializeAll(db, touched, (done) => onProgress?.(sorted.length + done, sorted.length * 2));
        reattachChildren(db, touched);
        for (const c of sorted) {
          if (c.op === 'del' && !syncedSpec(c.tbl)?.join) {
            // A revivable row keeps what was set after the deletion (it was made again since).
            prepareCached(
              db,
              `DELETE FROM sync_changes WHERE tbl = ? AND gid = ? AND op = 'put' AND (? = 0 OR hlc < ? OR (hlc = ? AND device < ?))`,
            ).run(c.tbl, c.gid, revivable(c.tbl) ? 1 : 0, c.hlc, c.hlc, c.device);
          }
        }
        return { received: changes.length, applied, alreadyHad: changes.length - applied, conflicts };
      })
      .immediate(),
  );
}

/**
 * Parents first. A row whose parent comes later in the same batch (teams and staff point at each
 * other) is made again once the others are, as long as that settles more rows; what is left
 * then has a parent that is gone.
 */
function materializeAll(db: Db, touched: Map<string, Set<string>>, onProgress: (done: number) => void): void {
  let waiting: [string, string][] = [];
  let done = 0;
  for (const table of syncedTableNames()) {
    for (const gid of touched.get(table) ?? []) {
      if (++done % PROGRESS_EVERY === 0) onProgress(done);
      if (materialize(db, table, gid, false) === 'waiting') waiting.push([table, gid]);
    }
  }
  while (waiting.length > 0) {
    const still = waiting.filter(([table, gid]) => materialize(db, table, gid, false) === 'waiting');
    if (still.length === waiting.length) break;
    waiting = still;
  }
  for (const [table, gid] of waiting) materialize(db, table, gid, true);
}

/**
 * A revivable row (a team, a target, a 不是重复 mark) deleted here and made again elsewhere comes
 * back under its old gid; what pointed at it here lost the reference when it went (the schema's
 * on-delete), so every row whose changes name it is made again from its log.
 */
function reattachChildren(db: Db, touched: Map<string, Set<string>>): void {
  for (const [table, gids] of touched) {
    if (!revivable(table)) continue;
    for (const gid of gids) {
      if (localIdOf(db, table, gid) === undefined) continue;
      for (const [child, refs] of Object.entries(SYNC_REFS_012)) {
        for (const [column, parent] of Object.entries(refs)) {
          if (parent !== table) continue;
          const rows = prepareCached(
            db,
            `SELECT DISTINCT gid FROM sync_changes WHERE tbl = ? AND op = 'put' AND json_extract(fields, ?) = ?`,
            { pluck: true },
          ).all(child, `$.${column}`, gid) as string[];
          for (const row of rows) materialize(db, child, row, true);
        }
      }
    }
  }
}
