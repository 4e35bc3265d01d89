import type { Db } from '../db/open';
import { gidOf } from './rowLog';

/**
 * Marks the deletion just recorded for a merged-away row as a merge into another, and keeps
 * the redirect: a device that meanwhile added a contact or project under the company that went
 * away moves it to the one it was merged into, instead of losing it with the deletion.
 * Call with the local ids, before the merged-away row is deleted; `done` deletes it.
 */
export function recordMerge(db: Db, table: string, goneId: number, intoId: number, done: () => void): void {
  const gone = gidOf(db, table, goneId);
  const into = gidOf(db, table, intoId);
  done();
  if (gone === undefined || into === undefined) return;
  db.prepare(
    `UPDATE sync_changes SET fields = json_object('_into', ?)
     WHERE seq = (SELECT max(seq) FROM sync_changes WHERE tbl = ? AND gid = ? AND op = 'del')`,
  ).run(into, table, gone);
  db.prepare(`INSERT OR REPLACE INTO sync_redirects (tbl, gid, into_gid) VALUES (?, ?, ?)`).run(
    table,
    gone,
    into,
  );
}
