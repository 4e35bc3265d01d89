import { randomBytes } from 'node:crypto';
import type { Db } from '../db/open';
import { prepareCached } from '../db/statements';
import { carriedColumns, syncedSpec, syncedTableNames } from './syncedTables';
import { travelling } from './travelling';
import { COUNTER_SPAN, parseHlc } from './hlc';
import { syncActorOf, takeStamps } from './syncFunctions';

/** Hex digits of an import's own random part of its rows' gids; the rest counts its rows. */
const PREFIX_HEX = 20;
const COUNTER_HEX = 12;

/**
 * Change capture for a writer that inserts many rows in one transaction (导入): the rows are
 * inserted with capture off and recorded together before the commit, one INSERT…SELECT per
 * table, instead of by the insert trigger row by row. The log gets the same changes the trigger
 * would have written (one 'put' of every carried column per row, a clock each, in the order the
 * rows were made, this device, the actor of the connection); a row the writer changed again
 * before the end is recorded once, as it is at the end.
 *
 * Each row gets its gid as it is inserted, so a reference to it that an ordinary (captured)
 * update records meanwhile travels as that gid. Rows of one import get gids with one random part
 * and a counter: together in the gid indexes (the row's own and the log's), where random ones
 * would each dirty a page of their own; still unique across laptops by the random part.
 */
export interface BulkCapture {
  /** The gid for a new row of `table`; null for a gid made from what the row means (set by `settle`). */
  gid(table: string): string | null;
  /** Gives a row inserted with a null gid its gid made from what it means (a team by its name). */
  settle(table: string, id: number): void;
  /**
   * Records the rows made, as id ranges per table (tables with an id of their own: a writer that
   * makes memberships leaves them to the triggers). Tables go parents first, so a parent's clock
   * is earlier than its children's, as when they were made one by one.
   */
  record(rows: ReadonlyMap<string, readonly (readonly [number, number])[]>): void;
}

export function bulkCapture(db: Db): BulkCapture {
  const prefix = randomBytes(PREFIX_HEX / 2).toString('hex');
  let counter = 0;
  return {
    gid: (table) =>
      syncedSpec(table)?.naturalGid ? null : prefix + (counter++).toString(16).padStart(COUNTER_HEX, '0'),
    settle(table, id) {
      const natural = syncedSpec(table)?.naturalGid;
      if (!natural) return;
      prepareCached(
        db,
        `UPDATE ${table} SET gid = (SELECT ${natural} FROM ${table} AS NEW WHERE NEW.id = ${table}.id) WHERE id = ? AND gid IS NULL`,
      ).run(id);
    },
    record(rows) {
      for (const table of syncedTableNames()) {
        const ranges = rows.get(table);
        if (!ranges?.length) continue;
        const insert = prepareCached(db, recordRangeSql(table));
        for (const [first, last] of ranges) {
          const latest = prepareCached(db, `SELECT max(hlc) FROM sync_changes`).pluck().get() as
            string | null;
          const { ms, counter } = parseHlc(takeStamps(db, latest, last - first + 1));
          insert.run({ first, last, ms, counter, actor: syncActorOf(db) });
        }
      }
    },
  };
}

/**
 * What the insert trigger of migration 12 records, for the rows with ids first..last, each with
 * its own clock in id order: the ids were handed out in the order the rows were made. The clocks
 * are the stamps taken for the range (takeStamps), the row's offset in it counted on from the
 * first: one call into JS per range instead of one per row, which was most of the statement's time.
 */
// Numbers from JS are bound as REAL: integer division and exact milliseconds need integers.
const MS = 'CAST(:ms AS INTEGER)';
const COUNT = 'CAST(:counter AS INTEGER) + NEW.id - CAST(:first AS INTEGER)';

function recordRangeSql(table: string): string {
  const fields = carriedColumns(table)
    .map((c) => `'${c}', ${travelling(table, c, 'NEW')}`)
    .join(', ');
  return `INSERT INTO sync_changes (hlc, device, tbl, gid, op, fields, actor)
    SELECT printf('%015d-%06d', ${MS} + (${COUNT}) / ${COUNTER_SPAN}, (${COUNT}) % ${COUNTER_SPAN}),
           (SELECT device FROM sync_self), '${table}', NEW.gid, 'put', json_object(${fields}), :actor
    FROM ${table} AS NEW WHERE NEW.id BETWEEN :first AND :last AND NEW.gid IS NOT NULL ORDER BY NEW.id`;
}
