import type { Db } from '../../db/open';
import { DomainError } from '@contract/shared/errors';
import type { AuditedEntity, AuditedList } from '../registry/auditedTables';

/**
 * Reading and writing one audited row by its camelCase audit fields, including the join-table
 * lists recorded on it. Table and column names come from the registry, never from input.
 */
export type Values = Record<string, unknown>;

const toDb = (ent: AuditedEntity, field: string, v: unknown): unknown =>
  ent.booleans.has(field) ? (v ? 1 : 0) : v === undefined ? null : v;

function readList(db: Db, list: AuditedList, ownerId: number): number[] {
  const sql =
    list.kind === 'set'
      ? `SELECT ${list.member} FROM ${list.table} WHERE ${list.owner} = ? ORDER BY ${list.member}`
      : `SELECT id FROM ${list.table} WHERE ${list.owner} = ? ORDER BY seq, id`;
  return db.prepare(sql).pluck().all(ownerId) as number[];
}

/** Current values of the given fields, or undefined when the row does not exist. */
export function readRow(
  db: Db,
  ent: AuditedEntity,
  id: number,
  fields: readonly string[],
): Values | undefined {
  const cols = fields.filter((f) => Object.hasOwn(ent.columns, f));
  const select = cols.length ? cols.map((f) => `${ent.columns[f]} AS "${f}"`).join(', ') : 'id';
  const raw = db.prepare(`SELECT ${select} FROM ${ent.table} WHERE id = ?`).get(id) as Values | undefined;
  if (!raw) return undefined;
  const out: Values = {};
  for (const f of cols) out[f] = ent.booleans.has(f) ? raw[f] === 1 : raw[f];
  for (const f of fields) {
    const list = ent.lists[f];
    if (list) out[f] = readList(db, list, id);
  }
  return out;
}

/** Audit fields undo can act on: columns and known lists; anything else (notes for people) is ignored. */
export const knownFields = (ent: AuditedEntity, values: Values | null): string[] =>
  Object.keys(values ?? {}).filter((f) => Object.hasOwn(ent.columns, f) || Object.hasOwn(ent.lists, f));

const same = (a: unknown, b: unknown): boolean => {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return (a ?? null) === (b ?? null);
};

/** The first field whose current value differs from what the audit entry says it became. */
export function firstDifference(current: Values, expected: Values, fields: readonly string[]): string | null {
  for (const f of fields) if (!same(current[f], expected[f])) return f;
  return null;
}

function writeList(db: Db, list: AuditedList, ownerId: number, ids: number[], label: string): void {
  if (list.kind === 'set') {
    db.prepare(`DELETE FROM ${list.table} WHERE ${list.owner} = ?`).run(ownerId);
    const add = db.prepare(`INSERT INTO ${list.table} (${list.owner}, ${list.member}) VALUES (?, ?)`);
    for (const id of ids) add.run(ownerId, id);
    return;
  }
  // An order list can only be restored over the same children; UNIQUE(owner, seq) forces the lift.
  const current = readList(db, list, ownerId);
  if (current.length !== ids.length || !ids.every((id) => current.includes(id))) {
    throw new DomainError('CONFLICT', `${label}的子项已有增减，无法恢复原来的顺序`);
  }
  const lift = db.prepare(`SELECT coalesce(max(seq), 0) + 1 FROM ${list.table} WHERE ${list.owner} = ?`);
  db.prepare(`UPDATE ${list.table} SET seq = seq + ? WHERE ${list.owner} = ?`).run(
    lift.pluck().get(ownerId),
    ownerId,
  );
  const set = db.prepare(`UPDATE ${list.table} SET seq = ? WHERE id = ?`);
  ids.forEach((id, seq) => set.run(seq, id));
}

function writeLists(db: Db, ent: AuditedEntity, id: number, values: Values): void {
  for (const [field, list] of Object.entries(ent.lists)) {
    const ids = values[field];
    if (Array.isArray(ids)) writeList(db, list, id, ids as number[], ent.label);
  }
}

const columnFields = (ent: AuditedEntity, values: Values): string[] =>
  Object.keys(values).filter((f) => f !== 'id' && Object.hasOwn(ent.columns, f));

export function insertRow(db: Db, ent: AuditedEntity, id: number, values: Values): void {
  const fields = columnFields(ent, values);
  const sql = `INSERT INTO ${ent.table} (id${fields.map((f) => `, ${ent.columns[f]}`).join('')})
               VALUES (?${fields.map(() => ', ?').join('')})`;
  db.prepare(sql).run(id, ...fields.map((f) => toDb(ent, f, values[f])));
  writeLists(db, ent, id, values);
}

export function updateRow(db: Db, ent: AuditedEntity, id: number, values: Values): void {
  const fields = columnFields(ent, values);
  if (fields.length) {
    const sql = `UPDATE ${ent.table} SET ${fields.map((f) => `${ent.columns[f]} = ?`).join(', ')} WHERE id = ?`;
    db.prepare(sql).run(...fields.map((f) => toDb(ent, f, values[f])), id);
  }
  writeLists(db, ent, id, values);
}

export function deleteRow(db: Db, ent: AuditedEntity, id: number): void {
  db.prepare(`DELETE FROM ${ent.table} WHERE id = ?`).run(id);
}

/** Every column and list of a row as the audit log would record it (for the undo's own entries). */
export function fullRow(db: Db, ent: AuditedEntity, id: number): Values | undefined {
  return readRow(db, ent, id, [
    ...Object.keys(ent.columns),
    ...Object.keys(ent.lists).filter((l) => l !== 'stopIds'),
  ]);
}
