import type { Db } from '../db/open';
import { prepareCached } from '../db/statements';
import { listConflict } from './conflictList';

type Values = Record<string, string | number | null>;

const isUniqueViolation = (err: unknown): boolean =>
  ['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY'].includes(
    (err as { code?: string }).code ?? '',
  );

/** A value this row claims but cannot hold here, kept for the user to see in 同步冲突. */
const recordHeld = (db: Db, table: string, gid: string, field: string, value: unknown): void =>
  listConflict(db, {
    tbl: table,
    rowGid: gid,
    field,
    kind: 'held',
    kept: null,
    other: {
      value: value === null || value === undefined ? null : String(value),
      hlc: '',
      device: '',
      actor: '',
    },
  });

/**
 * The row that gives up the credit code does so by a change that travels: a laptop that never
 * sees the clash (it got the other row's deletion first) would otherwise keep the code, and one
 * that saw it would not get it back when the other row goes.
 */
const recordGivenUp = (db: Db, gid: string): void =>
  void prepareCached(
    db,
    `INSERT INTO sync_changes (hlc, device, tbl, gid, op, fields, actor)
     VALUES (sync_hlc((SELECT max(hlc) FROM sync_changes)), (SELECT device FROM sync_self), 'companies', ?, 'put',
             json_object('credit_code', NULL), '系统')`,
  ).run(gid);

/** A deterministic small number from a gid, so two devices place a clashing row alike. */
const gidHash = (gid: string): number => [...gid].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) % 1000, 7);

/**
 * Two devices may create rows that this schema cannot hold side by side: two companies with
 * one 统一社会信用代码, two stops at the same place in a trip, two teams of one name. Sync never
 * fails on them and every device settles them alike, by the rows' gids: the lower gid keeps the
 * credit code (the other keeps its row, is listed in 疑似重复 by name and shows the held code in
 * 同步冲突); a clashing stop goes after the trip's others; a clashing team name gets a suffix.
 */
export function settleUniqueClash(
  db: Db,
  table: string,
  gid: string,
  values: Values,
  write: () => void,
): void {
  try {
    write();
    return;
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const message = (err as Error).message;
    if (table === 'companies' && message.includes('credit_code')) {
      const holder = prepareCached(db, `SELECT id, gid FROM companies WHERE credit_code = ?`).get(
        values.credit_code,
      ) as { id: number; gid: string } | undefined;
      if (holder && gid < holder.gid) {
        recordHeld(db, table, holder.gid, 'credit_code', values.credit_code);
        prepareCached(db, `UPDATE companies SET credit_code = NULL WHERE id = ?`).run(holder.id);
        recordGivenUp(db, holder.gid);
      } else {
        recordHeld(db, table, gid, 'credit_code', values.credit_code);
        values.credit_code = null;
        recordGivenUp(db, gid);
      }
    } else if (table === 'trip_stops' && message.includes('seq')) {
      values.seq = 1_000_000 + Number(values.seq) * 1000 + gidHash(gid);
    } else if (table === 'teams' && message.includes('name')) {
      values.name = `${String(values.name)}（${gid.slice(-4)}）`;
    } else {
      recordHeld(db, table, gid, '', JSON.stringify(values));
      return;
    }
    write();
  }
}
