import type { Db } from '../../db/open';
import { insertQueueOf } from '../search/queueRange';

/** Rows an import must hold before a table's upkeep is set aside; smaller imports insert as a form does. */
export const BULK_ROWS = 10_000;
/** Rows created in one table before deciding, so a table that gets a handful of related rows is left alone. */
export const BULK_DECIDE_AT = 1_000;
/** Rebuilding an index reads the whole table: only worth it while the table is not much larger than the import. */
const MAX_EXISTING_PER_ROW = 2;

const STAT_TABLES = ['sqlite_stat1', 'sqlite_stat4'] as const;

/** Leading columns whose new values all sort after the rows already there (ids, write times). */
const APPENDED_AT_END = `'id', 'created_at', 'updated_at'`;

type Row = Record<string, unknown>;

/** A piece of work that must run before the import commits. */
export type Step = () => void;

/**
 * A function that guards a trigger (its whole WHEN clause) and answers no for every row the import
 * writes: change capture while the import records its rows together (bulkCapture.ts), figure
 * versions while the import outdates them all at once (figuresInBulk). Such a trigger does nothing
 * for the import's rows, yet SQLite starts it and calls into JS for each of them.
 */
export type QuietGuard = 'sync_capture()' | 'figures_tracked()';

/** Whether a table should be set aside for an import expected to add `expectedRows` to it. */
export function worthSettingAside(db: Db, table: string, expectedRows: number): boolean {
  if (expectedRows < BULK_ROWS) return false;
  const existing = db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return existing <= expectedRows * MAX_EXISTING_PER_ROW;
}

/**
 * Sets aside what SQLite keeps up to date on every insert into a table besides the table itself:
 * its plain (non-unique) indexes that take new rows all over, the search queue's insert trigger,
 * and the insert triggers guarded by one of `quiet` alone (about 0.25 s of 100 000 rows each).
 * Keeping seven indexes in step row by row is most of the cost of inserting 100 000 rows;
 * building each once from the finished table is several times faster. The returned function
 * gives the steps that put everything back exactly as it was (the same SQL, the planner's
 * statistics) and queue the created rows for the search.
 *
 * Only inside the import's transaction: no other connection ever sees the table without them,
 * and a cancel, an error or a crash rolls the schema back with the rows. Unique indexes stay,
 * since they are checks; the import's own lookups go by id or through maps read up front.
 */
export function setAside(
  db: Db,
  table: string,
  quiet: readonly QuietGuard[] = [],
): (created: readonly [number, number][]) => Step[] {
  if (!db.inTransaction) throw new Error('setAside needs the import transaction');
  const sqlOf = db.prepare(`SELECT sql FROM sqlite_master WHERE name = ? AND sql IS NOT NULL`).pluck();
  const statTables = STAT_TABLES.filter((t) => sqlOf.get(t) !== undefined);
  // An index led by the id or the time of the write takes every new row at its end, as an
  // append: kept in step, it costs the rows little and spares a sort of the whole table.
  const names = db
    .prepare(
      `SELECT l.name FROM pragma_index_list(?) l WHERE l.origin = 'c' AND l."unique" = 0
         AND coalesce((SELECT i.name FROM pragma_index_info(l.name) i WHERE i.seqno = 0), '') NOT IN (${APPENDED_AT_END})`,
    )
    .pluck()
    .all(table) as string[];

  const indexes: string[] = [];
  // DROP INDEX deletes the index's statistics; they go back as they were, as if the rows had come one by one.
  const stats: { table: string; rows: Row[] }[] = [];
  for (const name of names) {
    const sql = sqlOf.get(name) as string | undefined;
    if (!sql) continue;
    indexes.push(sql);
    for (const t of statTables)
      stats.push({ table: t, rows: db.prepare(`SELECT * FROM ${t} WHERE idx = ?`).all(name) as Row[] });
    db.exec(`DROP INDEX "${name}"`);
  }
  const queue = insertQueueOf(table);
  const trigger = queue ? (sqlOf.get(queue.trigger) as string | undefined) : undefined;
  if (queue && trigger) db.exec(`DROP TRIGGER "${queue.trigger}"`);
  const quietTriggers = quietInsertTriggers(db, table, quiet);
  for (const { name } of quietTriggers) db.exec(`DROP TRIGGER "${name}"`);

  // One step per index: each is a sort of the whole table, the caller pauses between them.
  return (created) => [
    ...indexes.map((sql) => () => db.exec(sql)),
    () => {
      for (const { table: t, rows } of stats) {
        for (const row of rows) {
          const cols = Object.keys(row);
          db.prepare(`INSERT INTO ${t} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(
            ...cols.map((c) => row[c]),
          );
        }
      }
      if (queue && trigger) {
        for (const [first, last] of created) queue.queue(db, first, last);
        db.exec(trigger);
      }
      for (const { sql } of quietTriggers) db.exec(sql);
    },
  ];
}

/** The table's insert triggers whose whole WHEN clause is one of `quiet`, with their SQL. */
function quietInsertTriggers(
  db: Db,
  table: string,
  quiet: readonly QuietGuard[],
): { name: string; sql: string }[] {
  if (quiet.length === 0) return [];
  const triggers = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?`)
    .all(table) as { name: string; sql: string }[];
  return triggers.filter(({ sql }) => {
    const flat = sql.replace(/\s+/g, ' ');
    return quiet.some((guard) => flat.includes(`AFTER INSERT ON ${table} WHEN ${guard} BEGIN`));
  });
}
