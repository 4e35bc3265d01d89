import type { Db } from '../../main/db/open';
import { SYNC_REFS_012 } from '../../main/db/migrations/012_syncTables';
import { carriedColumns, syncedSpec, syncedTableNames } from '../../main/sync/syncedTables';
import { digestRows } from '../../main/sync/tableHash';
import { travelling } from '../../main/sync/travelling';
import type { Sql } from '../store/sql';
import type { TouchedRow } from './ruleCache';

type Row = Record<string, unknown>;

/** What one push did to the office's ledger, per table: rows as they now are, rows now gone. */
export interface MirrorDelta {
  upserts: Map<string, Row[]>;
  /** Gids; for a join table `{ [a]: gid, [b]: gid }` objects. */
  deletes: Map<string, Row[]>;
}

const push = (map: Map<string, Row[]>, table: string, row: Row): void => {
  const list = map.get(table);
  if (list) list.push(row);
  else map.set(table, [row]);
};

/** Reads the touched rows from the cache in travelling form (references as gids). */
export function mirrorDelta(db: Db, touched: readonly TouchedRow[]): MirrorDelta {
  const delta: MirrorDelta = { upserts: new Map(), deletes: new Map() };
  const byTable = new Map<string, TouchedRow[]>();
  for (const t of touched) byTable.set(t.tbl, [...(byTable.get(t.tbl) ?? []), t]);
  for (const [table, rows] of byTable) {
    const join = syncedSpec(table)!.join;
    if (join) {
      const [a, b] = join;
      const refs = SYNC_REFS_012[table]!;
      const present = db
        .prepare(
          `SELECT 1 FROM ${table} WHERE ${a} = (SELECT id FROM ${refs[a]} WHERE gid = ?) AND ${b} = (SELECT id FROM ${refs[b]} WHERE gid = ?)`,
        )
        .pluck();
      for (const { pair } of rows) {
        const row = { [a]: pair![0], [b]: pair![1] };
        push(present.get(pair![0], pair![1]) ? delta.upserts : delta.deletes, table, row);
      }
      continue;
    }
    const columns = carriedColumns(table);
    const found = db
      .prepare(
        `SELECT t.gid AS gid, ${columns.map((c) => `${travelling(table, c)} AS "${c}"`).join(', ')}
         FROM ${table} AS t WHERE t.gid IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(rows.map((r) => r.gid))) as Row[];
    const kept = new Set(found.map((r) => r.gid));
    for (const r of found) push(delta.upserts, table, r);
    for (const r of rows) if (!kept.has(r.gid)) push(delta.deletes, table, { gid: r.gid });
  }
  return delta;
}

/** Join tables and their columns that point at `parent`: a membership goes with either side. */
const joinsOn = (parent: string): [string, string][] =>
  syncedTableNames().flatMap((table) =>
    (syncedSpec(table)!.join ?? [])
      .filter((c) => SYNC_REFS_012[table]![c] === parent)
      .map((c): [string, string] => [table, c]),
  );

/** Writes a push's delta into mirror.* inside the caller's PostgreSQL transaction. */
export async function writeMirror(tx: Sql, delta: MirrorDelta): Promise<void> {
  for (const [table, rows] of delta.deletes) {
    const join = syncedSpec(table)!.join;
    if (join) {
      const [a, b] = join;
      await tx.query(
        `DELETE FROM mirror.${table} AS m USING jsonb_to_recordset($1::jsonb) AS x(${a} text, ${b} text)
         WHERE m.${a} = x.${a} AND m.${b} = x.${b}`,
        [JSON.stringify(rows)],
      );
      continue;
    }
    const gids = rows.map((r) => r.gid);
    await tx.query(`DELETE FROM mirror.${table} WHERE gid = ANY($1::text[])`, [gids]);
    for (const [joinTable, column] of joinsOn(table)) {
      await tx.query(`DELETE FROM mirror.${joinTable} WHERE ${column} = ANY($1::text[])`, [gids]);
    }
  }
  for (const [table, rows] of delta.upserts) {
    const columns = carriedColumns(table);
    const conflict = syncedSpec(table)!.join
      ? 'DO NOTHING'
      : `(gid) DO UPDATE SET ${columns.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}`;
    await tx.query(
      `INSERT INTO mirror.${table} SELECT * FROM jsonb_populate_recordset(NULL::mirror.${table}, $1::jsonb)
       ON CONFLICT ${conflict}`,
      [JSON.stringify(rows)],
    );
  }
}

/** Empties the mirror, for a rebuild from the log. */
export async function clearMirror(tx: Sql): Promise<void> {
  await tx.exec(
    `TRUNCATE ${syncedTableNames()
      .map((t) => `mirror.${t}`)
      .join(', ')}`,
  );
}

/**
 * The mirror's table digests, computed as a laptop's ledgerHashes are (same keys, same value
 * forms, same order): equal digests mean the office's PostgreSQL holds the laptops' rows.
 */
export async function mirrorHashes(sql: Sql): Promise<Record<string, { rows: number; hash: string }>> {
  const out: Record<string, { rows: number; hash: string }> = {};
  for (const table of syncedTableNames()) {
    const columns = carriedColumns(table);
    const join = syncedSpec(table)!.join;
    const key = join ? `${join[0]} || '|' || ${join[1]}` : 'gid';
    const rows = await sql.query<Row>(`SELECT ${key} AS k, ${columns.join(', ')} FROM mirror.${table}`);
    out[table] = digestRows(rows.map((r) => [r.k, ...columns.map((c) => r[c])]));
  }
  return out;
}
