import type { Db } from '../../db/open';
import type { Actor } from '../shared/actor';
import { notFound } from '@contract/shared/errors';
import { nowIso } from '@contract/shared/time';
import { writeAudit } from './audit';
import { translateSqliteError } from './sqliteErrors';
import { setSyncActor } from '../../sync/syncFunctions';

/**
 * One table's mapping between camelCase API fields and snake_case columns, with the
 * audited single-row writes every object needs. Callers run these inside a transaction.
 */
export interface TableDef<Row extends { id: number }> {
  table: string;
  /** Audit log entity name. */
  entity: string;
  /** Chinese noun for messages, e.g. 企业. */
  label: string;
  columns: { [K in keyof Row & string]: string };
  /** Fields stored as 0/1 but exposed as booleans. */
  booleans?: readonly (keyof Row & string)[];
}

export interface Table<Row extends { id: number }> {
  def: TableDef<Row>;
  selectList: string;
  get(db: Db, id: number): Row | undefined;
  require(db: Db, id: number): Row;
  insert(db: Db, actor: Actor, values: Partial<Omit<Row, 'id' | 'createdAt' | 'updatedAt'>>): Row;
  update(db: Db, actor: Actor, id: number, patch: Partial<Omit<Row, 'id' | 'createdAt' | 'updatedAt'>>): Row;
  remove(db: Db, actor: Actor, id: number): Row;
  fromDb(raw: Record<string, unknown>): Row;
}

export function defineTable<Row extends { id: number }>(def: TableDef<Row>): Table<Row> {
  const cols = def.columns as Record<string, string>;
  const bools = new Set<string>(def.booleans ?? []);
  const selectList = Object.entries(cols)
    .map(([field, col]) => `${col} AS "${field}"`)
    .join(', ');
  const hasTimestamps = 'createdAt' in cols && 'updatedAt' in cols;

  const toDb = (field: string, value: unknown): unknown => {
    if (bools.has(field)) return value ? 1 : 0;
    return value === undefined ? null : value;
  };
  const fromDb = (raw: Record<string, unknown>): Row => {
    for (const b of bools) raw[b] = raw[b] === 1;
    return raw as Row;
  };
  const writable = (values: Record<string, unknown>): [string, unknown][] =>
    Object.entries(values).filter(
      ([k, v]) => k !== 'id' && k !== 'createdAt' && k !== 'updatedAt' && v !== undefined && k in cols,
    );

  const get = (db: Db, id: number): Row | undefined => {
    const raw = db.prepare(`SELECT ${selectList} FROM ${def.table} WHERE id = ?`).get(id) as
      Record<string, unknown> | undefined;
    return raw ? fromDb(raw) : undefined;
  };
  const require = (db: Db, id: number): Row => {
    const row = get(db, id);
    if (!row) throw notFound(def.label, id);
    return row;
  };

  return {
    def,
    selectList,
    get,
    require,
    fromDb,
    insert(db, actor, values) {
      setSyncActor(db, actor.name);
      const entries = writable(values as Record<string, unknown>);
      if (hasTimestamps) {
        const now = nowIso();
        entries.push(['createdAt', now], ['updatedAt', now]);
      }
      const sql = `INSERT INTO ${def.table} (${entries.map(([k]) => cols[k]).join(', ')})
                   VALUES (${entries.map(() => '?').join(', ')})`;
      const id = translateSqliteError(def.label, () =>
        Number(db.prepare(sql).run(...entries.map(([k, v]) => toDb(k, v))).lastInsertRowid),
      );
      const row = require(db, id);
      writeAudit(db, actor, def.entity, id, 'create', null, row);
      return row;
    },
    update(db, actor, id, patch) {
      setSyncActor(db, actor.name);
      const before = require(db, id);
      const changed = writable(patch as Record<string, unknown>).filter(
        ([k, v]) => (before as Record<string, unknown>)[k] !== (v === undefined ? null : v),
      );
      if (changed.length === 0) return before;
      if (hasTimestamps) changed.push(['updatedAt', nowIso()]);
      const sql = `UPDATE ${def.table} SET ${changed.map(([k]) => `${cols[k]} = ?`).join(', ')} WHERE id = ?`;
      translateSqliteError(def.label, () => db.prepare(sql).run(...changed.map(([k, v]) => toDb(k, v)), id));
      const after = require(db, id);
      const b: Record<string, unknown> = {};
      const a: Record<string, unknown> = {};
      for (const [k] of changed) {
        b[k] = (before as Record<string, unknown>)[k];
        a[k] = (after as Record<string, unknown>)[k];
      }
      writeAudit(db, actor, def.entity, id, 'update', b, a);
      return after;
    },
    remove(db, actor, id) {
      setSyncActor(db, actor.name);
      const before = require(db, id);
      translateSqliteError(def.label, () => db.prepare(`DELETE FROM ${def.table} WHERE id = ?`).run(id));
      writeAudit(db, actor, def.entity, id, 'delete', before, null);
      return before;
    },
  };
}
