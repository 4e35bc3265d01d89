import { ATTACHMENT_OWNERS_012, SYNC_REFS_012 } from '../db/migrations/012_syncTables';

/**
 * SQL for a column's value as it travels between laptops, read from the row `alias` of a table
 * in `schema` (the ledger, or a backup attached beside it): a reference as the parent's gid in
 * that same file, an attachment's owner by its kind.
 */
export function travelling(table: string, column: string, alias = 't', schema = 'main'): string {
  const parentGid = (parent: string, id: string) => `(SELECT gid FROM ${schema}.${parent} WHERE id = ${id})`;
  if (table === 'attachments' && column === 'owner_id') {
    const cases = Object.entries(ATTACHMENT_OWNERS_012)
      .map(([kind, parent]) => `WHEN '${kind}' THEN ${parentGid(parent, `${alias}.owner_id`)}`)
      .join(' ');
    return `CASE ${alias}.owner_kind ${cases} END`;
  }
  const parent = SYNC_REFS_012[table]?.[column];
  return parent ? parentGid(parent, `${alias}.${column}`) : `${alias}.${column}`;
}
