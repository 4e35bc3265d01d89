import type { Db } from '../../db/open';
import { containsIds, searchIds, smallContains, type NameKind } from '../search/listMatch';

/** A column holding the name of a record of `kind`, whose id the row has in `id` (SQL). */
export interface NameRef {
  kind: NameKind;
  id: string;
  /** The name itself (SQL), searched with LIKE when the entry has nothing the index can use. */
  name: string;
}

/** `IN (…)` for a NameRef's id: the records matching, or null when only LIKE can tell. */
export type NameResolver = (
  kind: NameKind,
  mode: 'contains' | 'search',
  value: string,
) => { sql: string; params: unknown[]; ids?: number[] } | null;

const inIds = (ids: number[]) => ({
  sql: 'IN (SELECT value FROM json_each(?))',
  params: [JSON.stringify(ids)],
  ids,
});

/** Resolves each (kind, mode, value) once per list call: a page is built twice when its plan is chosen. */
export function nameResolver(db: Db): NameResolver {
  const memo = new Map<string, ReturnType<NameResolver>>();
  return (kind, mode, value) => {
    const key = `${kind}\u0000${mode}\u0000${value}`;
    if (memo.has(key)) return memo.get(key) ?? null;
    let out: ReturnType<NameResolver>;
    if (mode === 'search') {
      const ids = searchIds(db, kind, value);
      out = ids && inIds(ids);
    } else if (kind === 'staff' || kind === 'team') {
      const s = smallContains(kind, value);
      out = { sql: `IN (${s.sql})`, params: s.params };
    } else {
      const ids = containsIds(db, kind, value);
      out = ids && inIds(ids);
    }
    memo.set(key, out);
    return out;
  };
}
