import type { Db } from '../../db/open';
import { SEARCH_KINDS, type SearchKind } from '@contract/search/schema';
import { SOURCES } from './sources';

/**
 * For bulk writers that set aside a table's insert trigger (migration 003 queues each inserted
 * row, which costs more than the insert itself on a large import) and queue the rows afterwards.
 */
export interface InsertQueue {
  /** The trigger that queues each inserted row of the table. */
  trigger: string;
  /** Queues rows first..last of the table, as the trigger would have one by one. */
  queue(db: Db, first: number, last: number): void;
}

export function insertQueueOf(table: string): InsertQueue | undefined {
  const kind = SEARCH_KINDS.find((k: SearchKind) => SOURCES[k].table === table);
  if (!kind) return undefined;
  return {
    trigger: `${table}_search_insert`,
    queue(db, first, last) {
      db.prepare(
        `INSERT OR IGNORE INTO search_queue (kind, id) SELECT ?, id FROM ${table} WHERE id BETWEEN ? AND ?`,
      ).run(kind, first, last);
    },
  };
}
