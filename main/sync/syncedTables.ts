import {
  ATTACHMENT_OWNERS_012,
  COLUMNS_012,
  SYNC_REFS_012,
  SYNCED_TABLES_012,
  type SyncedTableSpec,
} from '../db/migrations/012_syncTables';

/**
 * The tables that travel between devices, as the newest migration that changed them declares
 * (today migration 12). Every other table is this device's own: settings, saved grid views,
 * the audit log, the search index, the sync bookkeeping itself.
 */
export const syncedTableNames = (): string[] => Object.keys(SYNCED_TABLES_012);
export const syncedSpec = (table: string): SyncedTableSpec | undefined => SYNCED_TABLES_012[table];
export const carriedColumns = (table: string): readonly string[] => COLUMNS_012[table] ?? [];
/** The parent table a carried column points at (its value travels as the parent's gid). */
export function parentOf(table: string, column: string, row: Record<string, unknown>): string | undefined {
  if (table === 'attachments' && column === 'owner_id') return ATTACHMENT_OWNERS_012[String(row.owner_kind)];
  return SYNC_REFS_012[table]?.[column];
}

/** Tables that are this device's own, never sent: every table must be in one list or the other. */
export const LOCAL_TABLES: readonly string[] = [
  'settings',
  'saved_views',
  'audit_log',
  'audit_batches',
  'audit_batch_rows',
  'search_queue',
  'search_syllables',
  'sync_self',
  'sync_changes',
  'sync_redirects',
  'sync_peers',
  'sync_server',
  'sync_withdrawn',
  'sync_held',
  'figure_versions',
];
/** FTS5 shadow tables of the search index (search_company, search_company_data, …). */
export const isSearchIndexTable = (name: string): boolean =>
  /^search_(company|contact|project)(_|$)/.test(name);
