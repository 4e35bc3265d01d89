import type { Db } from '../db/open';
import { auditedTable } from '../domain/registry/auditedTables';

/** Columns that name a record, in the order tried. */
const NAME_COLUMNS = ['name', 'title', 'delegation', 'description', 'file_name', 'place_name', 'summary'];

/** The record's name as people know it (a project's 名称, a trip's 标题…), or null when it has none. */
export function recordNameOf(db: Db, table: string, id: number): string | null {
  const columns = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((x) => x.name);
  const nameColumn = NAME_COLUMNS.find((n) => columns.includes(n));
  return nameColumn
    ? ((db.prepare(`SELECT ${nameColumn} FROM ${table} WHERE id = ?`).pluck().get(id) as string | null) ??
        null)
    : null;
}

/** A column as the audit log and the window name it (the API's camelCase field name). */
export function fieldNameOf(table: string, column: string | null): string | null {
  const entity = auditedTable(table);
  return entity && column
    ? (Object.entries(entity.columns).find(([, col]) => col === column)?.[0] ?? column)
    : column;
}
