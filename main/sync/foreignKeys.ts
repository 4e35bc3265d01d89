import type { Db } from '../db/open';

export type OnDelete = 'CASCADE' | 'SET NULL' | 'RESTRICT' | 'NO ACTION';

const cache = new WeakMap<Db, Map<string, Map<string, OnDelete>>>();

/** What the schema does to a child row when the parent its `column` points at is deleted. */
export function onDeleteOf(db: Db, table: string, column: string): OnDelete {
  let tables = cache.get(db);
  if (!tables) cache.set(db, (tables = new Map()));
  let columns = tables.get(table);
  if (!columns) {
    const list = db.prepare(`PRAGMA foreign_key_list(${table})`).all() as {
      from: string;
      on_delete: OnDelete;
    }[];
    columns = new Map(list.map((fk) => [fk.from, fk.on_delete]));
    tables.set(table, columns);
  }
  // attachments point at their owner by kind, without a foreign key: they go with the owner.
  return columns.get(column) ?? 'CASCADE';
}

/** Child columns that point at `parent` (for re-pointing or clearing them before it goes). */
export function childrenOf(
  db: Db,
  parent: string,
  tables: readonly string[],
): { table: string; column: string; onDelete: OnDelete }[] {
  const out: { table: string; column: string; onDelete: OnDelete }[] = [];
  for (const table of tables) {
    const list = db.prepare(`PRAGMA foreign_key_list(${table})`).all() as {
      table: string;
      from: string;
      on_delete: OnDelete;
    }[];
    for (const fk of list)
      if (fk.table === parent) out.push({ table, column: fk.from, onDelete: fk.on_delete });
  }
  return out;
}
