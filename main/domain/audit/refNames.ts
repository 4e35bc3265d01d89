import type { Db } from '../../db/open';
import { auditedEntity } from '../registry/auditedTables';

/**
 * Fields of the audit log that hold another record's id (or a list of ids), and which record
 * kind they point at: the history shows "带队领导：王主任", not "带队领导：7".
 */
const REF_FIELDS: Readonly<Record<string, string>> = {
  companyId: 'company',
  projectId: 'project',
  contactId: 'contact',
  contactIds: 'contact',
  ownerId: 'staff',
  leaderId: 'staff',
  hostId: 'staff',
  staffId: 'staff',
  staffIds: 'staff',
  memberIds: 'staff',
  teamId: 'team',
  tripId: 'trip',
  stopId: 'tripStop',
  stopIds: 'tripStop',
  interactionId: 'interaction',
  visitId: 'stopVisit',
};

/** Columns that name a record, in the order they are tried (as recordName() in index.ts). */
export const NAME_FIELDS = ['name', 'title', 'placeName', 'delegation', 'summary', 'description', 'fileName'];

export const isRefField = (field: string): boolean => Object.hasOwn(REF_FIELDS, field);

/** field -> id -> name, for every id the entries' before/after values point at. */
export type RefNames = Record<string, Record<string, string>>;

const idsIn = (value: unknown): number[] =>
  (Array.isArray(value) ? value : [value]).filter(
    (v): v is number => typeof v === 'number' && Number.isInteger(v),
  );

/**
 * Names of the records that entries refer to, as they are now. A record deleted since has no
 * name here; the history then says it was deleted rather than showing a bare number.
 */
export function refNames(db: Db, values: (Record<string, unknown> | null)[]): RefNames {
  const wanted = new Map<string, Set<number>>();
  for (const value of values) {
    for (const [field, v] of Object.entries(value ?? {})) {
      const entity = REF_FIELDS[field];
      if (!entity) continue;
      const ids = wanted.get(entity) ?? new Set<number>();
      for (const id of idsIn(v)) ids.add(id);
      wanted.set(entity, ids);
    }
  }
  const byEntity = new Map<string, Map<number, string>>();
  for (const [entity, ids] of wanted) {
    const ent = auditedEntity(entity);
    const field = ent && NAME_FIELDS.find((f) => Object.hasOwn(ent.columns, f));
    if (!ent || !field || ids.size === 0) continue;
    // Table and column come from the registry; the ids are bound, in chunks SQLite accepts.
    const names = new Map<number, string>();
    const all = [...ids];
    for (let i = 0; i < all.length; i += 500) {
      const chunk = all.slice(i, i + 500);
      const rows = db
        .prepare(
          `SELECT id, ${ent.columns[field]} AS name FROM ${ent.table} WHERE id IN (${chunk.map(() => '?').join(',')})`,
        )
        .all(...chunk) as { id: number; name: unknown }[];
      for (const r of rows) {
        if (typeof r.name === 'string' && r.name.trim()) names.set(r.id, r.name.trim().slice(0, 60));
      }
    }
    byEntity.set(entity, names);
  }
  const out: RefNames = {};
  for (const value of values) {
    for (const [field, v] of Object.entries(value ?? {})) {
      const names = byEntity.get(REF_FIELDS[field] ?? '');
      if (!names) continue;
      for (const id of idsIn(v)) {
        const name = names.get(id);
        if (name !== undefined) (out[field] ??= {})[String(id)] = name;
      }
    }
  }
  return out;
}
