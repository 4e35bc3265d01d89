import type { Db } from '../db/open';
import { prepareCached } from '../db/statements';
import { laterChange } from './change';
import { childrenOf, onDeleteOf } from './foreignKeys';
import { isDeleted, isKnown, localIdOf, revivable, rowLog, type LoggedChange } from './rowLog';
import { settleUniqueClash } from './uniqueClash';
import { carriedColumns, parentOf, syncedSpec, syncedTableNames } from './syncedTables';
import { auditRemote } from './remoteAudit';
import { pairOf } from './membershipPair';

type Values = Record<string, string | number | null>;

/** The row the log describes: absent, or present with these carried values (references as gids). */
function stateFromLog(
  table: string,
  log: LoggedChange[],
): { present: boolean; values: Values; last?: LoggedChange } {
  const last = log.reduce<LoggedChange | undefined>((a, c) => (!a || laterChange(c, a) ? c : a), undefined);
  if (syncedSpec(table)?.join) {
    // Membership: the latest word on the pair decides (added, removed, added again…).
    return {
      present: last?.op === 'put',
      values: last?.fields ? (JSON.parse(last.fields) as Values) : {},
      last,
    };
  }
  // A deletion is final, except for a row made again under the gid of what it means (revivable):
  // there the latest word on existence decides, and only what was set since the deletion counts.
  let since = log;
  if (revivable(table)) {
    if (last?.op === 'del') return { present: false, values: {}, last };
    const deletion = log.reduce<LoggedChange | undefined>(
      (a, c) => (c.op === 'del' && (!a || laterChange(c, a)) ? c : a),
      undefined,
    );
    if (deletion) since = log.filter((c) => laterChange(c, deletion));
  } else if (log.some((c) => c.op === 'del')) return { present: false, values: {}, last };
  const values: Values = {};
  for (const c of since) if (c.fields) Object.assign(values, JSON.parse(c.fields) as Values);
  return { present: since.length > 0, values, last };
}

export type Outcome = 'done' | 'waiting';

/**
 * Makes one local row what the log says it is — inserted, updated or deleted — so the ledger's
 * rows are a function of the set of changes received, whatever order they came in. References
 * travel as gids: a parent deleted on some device gives what the schema does on delete (the
 * child goes with it, or the reference is cleared); a parent not materialized yet makes the row
 * wait for a second pass unless `final`. The history entry names the log's latest change as who
 * made the row so, unless `by` says otherwise (a refused edit withdrawn: the office's word).
 */
export function materialize(db: Db, table: string, gid: string, final: boolean, by?: LoggedChange): Outcome {
  const log = rowLog(db, table, gid);
  const state = stateFromLog(table, log);
  const columns = carriedColumns(table);
  const local: Values = {};
  let present = state.present;
  let waiting = false;
  if (present) {
    for (const column of columns) {
      const value = state.values[column];
      const parent = parentOf(table, column, state.values);
      if (!parent || value === null || value === undefined) {
        local[column] = value ?? null;
        continue;
      }
      const id = localIdOf(db, parent, String(value));
      if (id !== undefined) {
        local[column] = id;
        continue;
      }
      const cascade = onDeleteOf(db, table, column) === 'CASCADE';
      if (!final && isKnown(db, parent, String(value)) && !isDeleted(db, parent, String(value))) {
        // The parent comes later in this batch (teams and staff point at each other): a row that
        // cannot be without it waits; others are written now and their reference set next pass.
        if (cascade) return 'waiting';
        waiting = true;
        local[column] = null;
        continue;
      }
      // The parent was deleted (or never reached this device): what the schema does on delete.
      if (cascade) present = false;
      local[column] = null;
    }
  }
  if (table === 'company_not_twins' && present) orderPair(local);
  const spec = syncedSpec(table)!;
  // A removal carries no fields: the pair it takes apart is named by the membership's gid.
  if (spec.join) writeMembership(db, table, spec.join, present, present ? local : pairIds(db, table, gid));
  else writeRow(db, table, gid, present, local, columns, by ?? state.last);
  return waiting ? 'waiting' : 'done';
}

/** A 不是重复 mark stores the lower local id first; the two devices' ids need not agree on order. */
function orderPair(v: Values): void {
  if (Number(v.low_id) > Number(v.high_id)) [v.low_id, v.high_id] = [v.high_id!, v.low_id!];
}

function pairIds(db: Db, table: string, gid: string): Values {
  const { a, b, ia, ib } = pairOf(db, table, gid);
  return { [a]: ia ?? null, [b]: ib ?? null };
}

function writeMembership(
  db: Db,
  table: string,
  [a, b]: readonly [string, string],
  present: boolean,
  v: Values,
): void {
  if (present && v[a] !== null && v[b] !== null) {
    prepareCached(db, `INSERT OR IGNORE INTO ${table} (${a}, ${b}) VALUES (?, ?)`).run(v[a], v[b]);
  } else if (v[a] !== null && v[b] !== null && v[a] !== undefined) {
    prepareCached(db, `DELETE FROM ${table} WHERE ${a} = ? AND ${b} = ?`).run(v[a], v[b]);
  }
}

function writeRow(
  db: Db,
  table: string,
  gid: string,
  present: boolean,
  values: Values,
  columns: readonly string[],
  last: LoggedChange | undefined,
): void {
  const existing = prepareCached(db, `SELECT id, ${columns.join(', ')} FROM ${table} WHERE gid = ?`).get(
    gid,
  ) as (Values & { id: number }) | undefined;
  if (!present) {
    if (!existing) return;
    beforeDelete(db, table, gid, existing.id);
    prepareCached(db, `DELETE FROM ${table} WHERE id = ?`).run(existing.id);
    if (last) auditRemote(db, table, existing.id, 'delete', existing, null, last);
    return;
  }
  if (existing) {
    const changed = columns.filter((c) => existing[c] !== values[c]);
    if (changed.length === 0) return;
    const set = () =>
      prepareCached(db, `UPDATE ${table} SET ${changed.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(
        ...changed.map((c) => values[c]),
        existing.id,
      );
    settleUniqueClash(db, table, gid, values, set);
    if (last)
      auditRemote(db, table, existing.id, 'update', pick(existing, changed), pick(values, changed), last);
    return;
  }
  let id = 0;
  const insert = () => {
    const sql = `INSERT INTO ${table} (gid, ${columns.join(', ')}) VALUES (?, ${columns.map(() => '?').join(', ')})`;
    id = Number(prepareCached(db, sql).run(gid, ...columns.map((c) => values[c] ?? null)).lastInsertRowid);
  };
  settleUniqueClash(db, table, gid, values, insert);
  if (last) auditRemote(db, table, id, 'create', null, values, last);
}

const pick = (v: Values, keys: readonly string[]): Values =>
  Object.fromEntries(keys.map((k) => [k, v[k] ?? null]));

/**
 * Before a row goes: children of a company merged into another on some device move to that
 * one (as they did there), and children whose reference may not dangle (a project's company)
 * have it cleared rather than blocking the deletion.
 */
function beforeDelete(db: Db, table: string, gid: string, id: number): void {
  const into = prepareCached(db, `SELECT into_gid FROM sync_redirects WHERE tbl = ? AND gid = ?`, {
    pluck: true,
  }).get(table, gid) as string | undefined;
  const target = into === undefined ? undefined : localIdOf(db, table, into);
  for (const child of childrenOf(db, table, syncedTableNames())) {
    if (target !== undefined) {
      prepareCached(
        db,
        `UPDATE OR IGNORE ${child.table} SET ${child.column} = ? WHERE ${child.column} = ?`,
      ).run(target, id);
    } else if (child.onDelete === 'RESTRICT' || child.onDelete === 'NO ACTION') {
      prepareCached(db, `UPDATE ${child.table} SET ${child.column} = NULL WHERE ${child.column} = ?`).run(id);
    }
  }
}
