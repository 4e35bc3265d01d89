import type { SeenVector, SyncChange } from '../../main/sync/change';
import type { Sql } from '../store/sql';

/** The office's change log in PostgreSQL (tables `changes` and `push_batches`, server migration 1). */

export interface LoggedChange extends SyncChange {
  seq: number;
  batch: number;
}

/** Records one push (or the server's own changes found while applying it); returns its id. */
export async function insertBatch(
  tx: Sql,
  batch: { device: string; userId: number | null; seen: SeenVector },
): Promise<number> {
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO push_batches (device, user_id, seen) VALUES ($1, $2, $3::jsonb) RETURNING id`,
    [batch.device, batch.userId, JSON.stringify(batch.seen)],
  );
  return row!.id;
}

/** Appends changes in the given order; ones the log holds already are skipped. Returns the last seq written. */
export async function appendChanges(tx: Sql, batch: number, changes: readonly SyncChange[]): Promise<number> {
  if (changes.length === 0) return 0;
  const rows = await tx.query<{ seq: number }>(
    `INSERT INTO changes (hlc, device, tbl, gid, op, fields, actor, batch)
     SELECT e.v->>'hlc', e.v->>'device', e.v->>'tbl', e.v->>'gid', e.v->>'op', NULLIF(e.v->'fields', 'null'::jsonb), e.v->>'actor', $2
     FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(v, n)
     ORDER BY e.n
     ON CONFLICT DO NOTHING
     RETURNING seq`,
    [JSON.stringify(changes), batch],
  );
  return rows.reduce((max, r) => Math.max(max, r.seq), 0);
}

/**
 * A deletion is final and deleted means deleted: the earlier values of a deleted row leave the
 * log, as they leave every laptop's (applyChanges).
 */
export async function forgetDeletedValues(
  tx: Sql,
  deletions: readonly { tbl: string; gid: string }[],
): Promise<void> {
  if (deletions.length === 0) return;
  await tx.query(
    `DELETE FROM changes AS c USING jsonb_to_recordset($1::jsonb) AS x(tbl text, gid text)
     WHERE c.tbl = x.tbl AND c.gid = x.gid AND c.op = 'put'`,
    [JSON.stringify(deletions)],
  );
}

/** Per device, the newest clock the log holds. */
export async function logSeen(sql: Sql): Promise<SeenVector> {
  const rows = await sql.query<{ device: string; hlc: string }>(
    `SELECT device, max(hlc) AS hlc FROM changes GROUP BY device`,
  );
  return Object.fromEntries(rows.map((r) => [r.device, r.hlc]));
}

export const lastLogSeq = async (sql: Sql): Promise<number> =>
  (await sql.query<{ seq: number | null }>(`SELECT max(seq) AS seq FROM changes`))[0]?.seq ?? 0;

/** Changes after `afterSeq` in log order, at most `limit`, optionally leaving out one device's. */
export async function readLog(
  sql: Sql,
  afterSeq: number,
  limit: number,
  exceptDevice = '',
): Promise<LoggedChange[]> {
  const rows = await sql.query<LoggedChange>(
    `SELECT seq, hlc, device, tbl, gid, op, fields, actor, batch FROM changes
     WHERE seq > $1 AND device <> $2 ORDER BY seq LIMIT $3`,
    [afterSeq, exceptDevice, limit],
  );
  return rows;
}

/** The pushing laptop's vector of each batch. */
export async function batchSeen(sql: Sql, ids: readonly number[]): Promise<Map<number, SeenVector>> {
  if (ids.length === 0) return new Map();
  const rows = await sql.query<{ id: number; seen: SeenVector }>(
    `SELECT id, seen FROM push_batches WHERE id = ANY($1::bigint[])`,
    [[...new Set(ids)]],
  );
  return new Map(rows.map((r) => [r.id, r.seen]));
}

export const asChange = ({ hlc, device, tbl, gid, op, fields, actor }: LoggedChange): SyncChange => ({
  hlc,
  device,
  tbl,
  gid,
  op,
  fields,
  actor,
});
