import { now } from '@contract/shared/clock';
import { nowIso } from '@contract/shared/time';
import type { Db } from '../db/open';
import { prepareCached } from '../db/statements';
import type { SeenVector, SyncChange } from './change';
import { thisDevice } from './changeLog';
import { formatHlc } from './hlc';
import { materialize } from './materialize';
import { recordNameOf } from './recordLabels';
import { isDeleted, localIdOf, revivable, type LoggedChange } from './rowLog';
import { pairOf } from './membershipPair';
import { withdrawMemberships } from './withdrawnMemberships';
import { carriedColumns, parentOf, syncedSpec, syncedTableNames } from './syncedTables';
import { travelling } from './travelling';
import { withoutCapture } from './syncFunctions';

/** A change of this laptop's push that the office server refused, with the server's reason. */
export interface Refused {
  change: SyncChange;
  reason: string;
}

type Values = Record<string, string | number | null>;

interface RowState {
  present: boolean;
  /** Carried values as they travel (references as gids). */
  values: Values;
  name: string | null;
}

/** Who the history says restored the row: the office, not whoever wrote the value last. */
export const WITHDRAWN_BY = '办公室服务器（未接受本机修改，已恢复）';

/** Stamps every edit carries; a refused edit is listed by what the person changed. */
const BOOKKEEPING = new Set(['created_at', 'updated_at']);

function rowState(db: Db, table: string, gid: string): RowState {
  const spec = syncedSpec(table)!;
  if (spec.join) {
    const { a, b, ga, gb, ia, ib } = pairOf(db, table, gid);
    const present =
      ia !== undefined &&
      ib !== undefined &&
      prepareCached(db, `SELECT 1 FROM ${table} WHERE ${a} = ? AND ${b} = ?`).get(ia, ib) !== undefined;
    const owner = ia === undefined ? null : recordNameOf(db, parentOf(table, a, {})!, ia);
    return { present, values: { [a]: ga, [b]: gb }, name: owner };
  }
  const columns = carriedColumns(table);
  const row = prepareCached(
    db,
    `SELECT t.id AS _id, ${columns.map((c) => `${travelling(table, c)} AS "${c}"`).join(', ')} FROM ${table} AS t WHERE t.gid = ?`,
  ).get(gid) as (Values & { _id: number }) | undefined;
  if (!row) return { present: false, values: {}, name: null };
  const { _id, ...values } = row;
  return { present: true, values, name: recordNameOf(db, table, _id) };
}

/** A value as the list shows it: a reference by the name of what it points at. */
function shownValue(db: Db, table: string, column: string, state: RowState): string | null {
  const value = state.values[column];
  if (value === null || value === undefined) return null;
  const parent = parentOf(table, column, state.values);
  if (!parent) return String(value);
  const id = localIdOf(db, parent, String(value));
  return (id === undefined ? null : recordNameOf(db, parent, id)) ?? String(value);
}

/**
 * Puts back the values this laptop's own writes took out of the log while the row's fate was
 * still the office's to decide (migration 14, sync_held): a deletion's forgotten puts, a
 * compaction's dropped or trimmed values. Not the refused changes themselves, nor this laptop's
 * other changes the office does not hold (they are pushed again, and judged, on their own).
 */
function restoreHeld(db: Db, table: string, gid: string, refused: Set<string>, office: SeenVector): void {
  const self = thisDevice(db);
  const held = prepareCached(
    db,
    `SELECT hlc, device, fields, actor FROM sync_held WHERE tbl = ? AND gid = ?`,
  ).all(table, gid) as { hlc: string; device: string; fields: string | null; actor: string }[];
  const put = prepareCached(
    db,
    `INSERT INTO sync_changes (hlc, device, tbl, gid, op, fields, actor) VALUES (?, ?, ?, ?, 'put', ?, ?)
     ON CONFLICT (hlc, device, tbl, gid) DO UPDATE SET fields = excluded.fields`,
  );
  for (const h of held) {
    if (refused.has(identity({ ...h, tbl: table, gid }))) continue;
    if (h.device === self && !(office[self] !== undefined && h.hlc <= office[self])) continue;
    put.run(h.hlc, h.device, table, gid, h.fields, h.actor);
  }
  prepareCached(db, `DELETE FROM sync_held WHERE tbl = ? AND gid = ?`).run(table, gid);
}

/** Whether the change is the first the log holds for its row: the row was made by it. */
const isCreation = (db: Db, c: SyncChange): boolean =>
  prepareCached(
    db,
    `SELECT 1 FROM sync_changes WHERE tbl = ? AND gid = ? AND (hlc < ? OR (hlc = ? AND device < ?)) LIMIT 1`,
  ).get(c.tbl, c.gid, c.hlc, c.hlc, c.device) === undefined;

const identity = (c: { hlc: string; device: string; tbl: string; gid: string }): string =>
  `${c.hlc}\n${c.device}\n${c.tbl}\n${c.gid}`;
const rowKey = (table: string, gid: string): string => `${table}\n${gid}`;

/**
 * Withdraws what the office server refused, in one transaction: each refused change leaves this
 * laptop's log — it is never pushed again, and no laptop or server is told of a change that is
 * not there — and its row becomes what the rest of the log says: the newest value among the
 * changes held from others, or the value before the edit. A refused creation takes its row away
 * (and what was made under it and refused with it); a refused deletion brings the row back.
 * Each withdrawn edit is listed (sync_withdrawn) for 办公室未接受的修改, and the record's history
 * says the office's value is back. `office` is the server's vector after the push. Returns how
 * many entries were listed.
 */
export function withdrawRefused(db: Db, refused: readonly Refused[], office: SeenVector): number {
  if (refused.length === 0) return 0;
  return withoutCapture(db, () =>
    db
      .transaction((): number => {
        const rows = new Map<string, { table: string; gid: string; reason: string; fields: Set<string> }>();
        for (const { change, reason } of refused) {
          if (!syncedSpec(change.tbl)) continue;
          const key = rowKey(change.tbl, change.gid);
          const row = rows.get(key) ?? { table: change.tbl, gid: change.gid, reason, fields: new Set() };
          for (const f of Object.keys(change.fields ?? {})) row.fields.add(f);
          rows.set(key, row);
        }
        const order = syncedTableNames();
        const sorted = [...rows.values()].sort((a, b) => order.indexOf(a.table) - order.indexOf(b.table));
        const before = new Map(sorted.map((r) => [rowKey(r.table, r.gid), rowState(db, r.table, r.gid)]));

        // A refused creation takes with it this laptop's later edits of the row (a later page's):
        // without the creation they describe no row the office has.
        const creations = refused.filter((r) => r.change.op === 'put' && isCreation(db, r.change));
        const drop = prepareCached(
          db,
          `DELETE FROM sync_changes WHERE hlc = ? AND device = ? AND tbl = ? AND gid = ?`,
        );
        for (const { change: c } of refused) drop.run(c.hlc, c.device, c.tbl, c.gid);
        for (const { change: c } of creations)
          prepareCached(db, `DELETE FROM sync_changes WHERE tbl = ? AND gid = ? AND device = ?`).run(
            c.tbl,
            c.gid,
            c.device,
          );
        const ids = new Set(refused.map((r) => identity(r.change)));
        for (const r of sorted) restoreHeld(db, r.table, r.gid, ids, office);

        const memberships = withdrawMemberships(db, sorted, WITHDRAWN_BY);
        const by: LoggedChange = {
          hlc: formatHlc(now().getTime(), 0),
          device: thisDevice(db),
          op: 'put',
          fields: null,
          actor: WITHDRAWN_BY,
        };
        for (const r of sorted) {
          materialize(db, r.table, r.gid, true, by);
          // Values put back for a row deleted since can never matter again (as in applyChanges).
          if (!revivable(r.table) && !syncedSpec(r.table)!.join && isDeleted(db, r.table, r.gid))
            prepareCached(db, `DELETE FROM sync_changes WHERE tbl = ? AND gid = ? AND op = 'put'`).run(
              r.table,
              r.gid,
            );
        }
        memberships();
        return listWithdrawn(db, sorted, before);
      })
      .immediate(),
  );
}

function listWithdrawn(
  db: Db,
  rows: readonly { table: string; gid: string; reason: string; fields: Set<string> }[],
  before: Map<string, RowState>,
): number {
  const add = prepareCached(
    db,
    `INSERT INTO sync_withdrawn (tbl, gid, field, kind, record_name, mine, office, reason, withdrawn_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const at = nowIso();
  // Rows that went away or came back whole (parents come first): what hangs under them (a new
  // project's stage history, a trip's members) went or came with them and is not listed on its own.
  const whole = new Set<string>();
  const under = (table: string, state: RowState): boolean =>
    Object.keys(state.values).some(
      (c) => parentOf(table, c, state.values) !== undefined && whole.has(String(state.values[c])),
    );
  let listed = 0;
  for (const r of rows) {
    // A conflict entry is the ledger's bookkeeping, not a record anyone made: withdrawn, not listed.
    if (r.table === 'sync_conflicts') continue;
    const was = before.get(rowKey(r.table, r.gid))!;
    const is = rowState(db, r.table, r.gid);
    if (was.present !== is.present) {
      whole.add(r.gid);
      if (under(r.table, was.present ? was : is)) continue;
      const kind = was.present ? 'created' : 'deleted';
      add.run(r.table, r.gid, null, kind, (was.present ? was : is).name, null, null, r.reason, at);
      listed++;
    } else if (is.present) {
      for (const f of r.fields) {
        if (BOOKKEEPING.has(f) || !carriedColumns(r.table).includes(f)) continue;
        const mine = shownValue(db, r.table, f, was);
        const office = shownValue(db, r.table, f, is);
        if (mine === office) continue;
        add.run(r.table, r.gid, f, 'field', is.name, mine, office, r.reason, at);
        listed++;
      }
    }
  }
  return listed;
}
