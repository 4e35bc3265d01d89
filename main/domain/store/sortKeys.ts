import type { Db } from '../../db/open';
import { prepareCached } from '../../db/statements';
import { companyTwinKey } from '../shared/companyTwinKey';
import { sortKey } from '../shared/sortKey';

/**
 * Fills the name_sort keys (migration 8) that are still NULL: records inserted or renamed since
 * the last fill, by any writer. Grid reads call it first, as the search flushes its queue; bulk
 * writers (demo data, imports, restores) call it once at the end so no read has to. Cheap when
 * nothing is missing: one step down each name_sort index. The companies' twin_key (migration
 * 10, for the 疑似重复 list) is filled the same way, from the name key.
 */
const TABLES = { companies: false, contacts: true, projects: false, staff: true, teams: false } as const;

const CHUNK = 5000;

function fillMissing(
  db: Db,
  table: string,
  column: string,
  source: string,
  key: (s: string) => string,
): number {
  const missing = prepareCached(
    db,
    `SELECT id, ${source} AS s FROM ${table} WHERE ${column} IS NULL LIMIT ${CHUNK}`,
  );
  if (missing.get() === undefined) return 0;
  const put = prepareCached(db, `UPDATE ${table} SET ${column} = ? WHERE id = ?`);
  const memo = new Map<string, string>();
  let filled = 0;
  for (;;) {
    const rows = missing.all() as { id: number; s: string }[];
    if (rows.length === 0) break;
    db.transaction(() => {
      for (const r of rows) {
        let k = memo.get(r.s);
        if (k === undefined) {
          k = key(r.s);
          memo.set(r.s, k);
        }
        put.run(k, r.id);
      }
    }).immediate();
    filled += rows.length;
  }
  return filled;
}

export function fillSortKeys(db: Db): number {
  let filled = 0;
  for (const [table, person] of Object.entries(TABLES)) {
    filled += fillMissing(db, table, 'name_sort', 'name', (name) => sortKey(name, person));
  }
  return filled + fillMissing(db, 'companies', 'twin_key', 'name_key', companyTwinKey);
}
