import type { Db } from '../db/open';
import { formatHlc } from './hlc';

/**
 * Drops from the change log the values older than `before` that later edits of the same record
 * replaced: a field set again since leaves the older change, and a change with no field left
 * goes. What any device ends up with is decided by the latest value of each field, so nothing
 * another laptop may still need goes; what goes is an old value the office chose not to keep
 * (操作记录保留期限).
 */
export function compactChangeLog(db: Db, before: Date): number {
  const cutoff = formatHlc(before.getTime(), 0);
  const rows = db
    .prepare(
      `SELECT tbl, gid FROM sync_changes WHERE op = 'put' AND hlc < ? GROUP BY tbl, gid HAVING count(*) > 1`,
    )
    .all(cutoff) as { tbl: string; gid: string }[];
  const log = db.prepare(
    `SELECT seq, hlc, fields FROM sync_changes WHERE tbl = ? AND gid = ? AND op = 'put' ORDER BY hlc DESC, device DESC`,
  );
  const drop = db.prepare(`DELETE FROM sync_changes WHERE seq = ?`);
  const trim = db.prepare(`UPDATE sync_changes SET fields = ? WHERE seq = ?`);
  let dropped = 0;
  for (const { tbl, gid } of rows) {
    const covered = new Set<string>();
    for (const c of log.all(tbl, gid) as { seq: number; hlc: string; fields: string | null }[]) {
      const values = c.fields ? (JSON.parse(c.fields) as Record<string, unknown>) : {};
      const fields = Object.keys(values);
      const replaced = fields.filter((f) => covered.has(f));
      if (c.hlc < cutoff && replaced.length > 0) {
        if (replaced.length === fields.length) drop.run(c.seq);
        else
          trim.run(
            JSON.stringify(Object.fromEntries(Object.entries(values).filter(([f]) => !covered.has(f)))),
            c.seq,
          );
        dropped++;
      }
      for (const f of fields) covered.add(f);
    }
  }
  return dropped;
}
