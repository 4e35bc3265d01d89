import type { Db } from '../../db/open';
import { prepareCached } from '../../db/statements';
import { sortKey } from '../shared/sortKey';

/**
 * Fills the name_sort keys (migration 8) that are still NULL: records inserted or renamed since
 * the last fill, by any writer. Grid reads call it first, as the search flushes its queue; bulk
 * writers (demo data, imports, restores) call it once at the end so no read has to. Cheap when
 * nothing is missing: one step down each name_sort index.
 */
const TABLES = { companies: false, contacts: true, projects: false, staff: true, teams: false } as const;

const CHUNK = 5000;

export function fillSortKeys(db: Db): number {
  let filled = 0;
  for (const [table, person] of Object.entries(TABLES)) {
    const missing = prepareCached(db, `SELECT id, name FROM ${table} WHERE name_sort IS NULL LIMIT ${CHUNK}`);
    if (missing.get() === undefined) continue;
    const put = prepareCached(db, `UPDATE ${table} SET name_sort = ? WHERE id = ?`);
    const memo = new Map<string, string>();
    for (;;) {
      const rows = missing.all() as { id: number; name: string }[];
      if (rows.length === 0) break;
      db.transaction(() => {
        for (const r of rows) {
          let key = memo.get(r.name);
          if (key === undefined) {
            key = sortKey(r.name, person);
            memo.set(r.name, key);
          }
          put.run(key, r.id);
        }
      }).immediate();
      filled += rows.length;
    }
  }
  return filled;
}
