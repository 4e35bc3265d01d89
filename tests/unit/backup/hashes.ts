import { createHash } from 'node:crypto';
import type { Db } from '../../../main/db/open';

/** One hash per table over all its rows (order-independent): equal hashes, equal data. */
export function tableHashes(db: Db): Record<string, string> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((t) => {
      const rows = (db.prepare(`SELECT * FROM "${t}"`).all() as unknown[])
        .map((r) => JSON.stringify(r))
        .sort();
      return [t, createHash('sha256').update(rows.join('\n')).digest('hex').slice(0, 16)];
    }),
  );
}
