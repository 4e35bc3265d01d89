import type { Db } from '../../db/open';
import type { SearchKind } from '@contract/search/schema';
import type { SearchTexts } from './tokens';

/**
 * Where each kind's searched texts live. Table and column names are ours, never input; ids are
 * bound as one JSON array so one prepared statement serves any number of them.
 */
interface Source {
  table: string;
  texts: string;
  toTexts(row: Record<string, unknown>): SearchTexts;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export const SOURCES: Record<SearchKind, Source> = {
  company: {
    table: 'companies',
    texts: 'id, name, credit_code AS code',
    toTexts: (r) => ({ name: String(r.name), codes: [str(r.code)] }),
  },
  contact: {
    table: 'contacts',
    texts: 'id, name, mobile, phone',
    toTexts: (r) => ({ name: String(r.name), phones: [str(r.mobile), str(r.phone)] }),
  },
  project: {
    table: 'projects',
    texts: 'id, name',
    toTexts: (r) => ({ name: String(r.name) }),
  },
};

export function readTexts(db: Db, kind: SearchKind, ids: number[]): Map<number, SearchTexts> {
  const src = SOURCES[kind];
  const rows = db
    .prepare(`SELECT ${src.texts} FROM ${src.table} WHERE id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as Record<string, unknown>[];
  return new Map(rows.map((r) => [Number(r.id), src.toTexts(r)]));
}
