import type { Db } from '../../db/open';
import { prepareCached } from '../../db/statements';
import type { ListQuery } from '@contract/shared/listQuery';
import type { NameResolver } from './nameIndex';
import type { IndexedValues, ListColumn, ListSpec } from './listSpec';
import { escapeLike, listPlanning, valuesLike } from './listSql';
import { slimFrom } from './slimFrom';

/**
 * The rows of a list's own table that its indexed text conditions match, as keys: each "contains"
 * filter on a name or on a column of few indexed values, and the search box, answered from the
 * search index (migration 3) and the columns' own indexes, then turned into keys through the list table's index on the column naming the
 * record (p.company_id, p.owner_id …). Several filters are intersected, the search box's parts
 * united. The count of keys tells the plan (see runList): none, few, or many.
 */
export interface ListKeys {
  keys: number[];
  /** Column filters answered by `keys`: buildList leaves them out. */
  filters: Set<string>;
  /** The search box is answered by `keys`. */
  search: boolean;
}

/** `IN (…)` SQL with its parameters: what the name resolver answers. */
type InSql = { sql: string; params: unknown[]; ids?: number[] };

function keysWhere(db: Db, spec: ListSpec, column: string, match: InSql): number[] {
  // The records named are the list's own rows (项目名称 on 招商项目): their ids are the keys.
  if (column === spec.key && match.ids) return match.ids;
  return prepareCached(
    db,
    `SELECT ${spec.key} FROM ${slimFrom(spec.from, column)} WHERE ${column} ${match.sql}`,
    { pluck: true },
  ).all(...match.params) as number[];
}

function searchKeys(db: Db, spec: ListSpec, q: string, names: NameResolver): Set<number> | null {
  // A LIKE over free text (contacts' 微信, meetings' summaries) has no index to answer it.
  if (spec.search.length > 0) return null;
  if (!spec.searchNames?.length && !spec.searchValues?.length) return null;
  const found = new Set<number>();
  for (const ref of spec.searchNames ?? []) {
    const r = names(ref.kind, 'search', q);
    if (!r) return null;
    for (const k of keysWhere(db, spec, ref.id, r)) found.add(k);
  }
  const pattern = `%${escapeLike(q)}%`;
  for (const v of spec.searchValues ?? []) {
    const inValues = { sql: valuesLike(v.table, v.column), params: [pattern] };
    for (const k of keysWhere(db, spec, v.col, inValues)) found.add(k);
  }
  return found;
}

/**
 * Keys of the rows whose indexed value contains the text; null when more than denseRows match
 * (read up to one past it, so a dense filter costs no more than that).
 */
function valueKeys(
  db: Db,
  spec: ListSpec,
  col: ListColumn,
  values: IndexedValues,
  value: string,
): Set<number> | null {
  const { table, column } = values;
  const keys = prepareCached(
    db,
    `SELECT ${spec.key} FROM ${slimFrom(spec.from, col.sql)} WHERE ${col.sql} ${valuesLike(table, column)} LIMIT ?`,
    { pluck: true },
  ).all(`%${escapeLike(value)}%`, listPlanning.denseRows + 1) as number[];
  return keys.length > listPlanning.denseRows ? null : new Set(keys);
}

const intersect = (a: Set<number>, b: Set<number>): Set<number> =>
  new Set([...(a.size <= b.size ? a : b)].filter((k) => (a.size <= b.size ? b : a).has(k)));

/** null: no condition of the query can be answered from an index; the SQL conditions stay as they are. */
export function listKeys(db: Db, spec: ListSpec, query: ListQuery, names: NameResolver): ListKeys | null {
  let keys: Set<number> | null = null;
  const filters = new Set<string>();
  for (const [name, f] of Object.entries(query.filters)) {
    const col = Object.hasOwn(spec.columns, name) ? spec.columns[name] : undefined;
    if (!col || col.filterable === false || col.type !== 'text') continue;
    if (f.type !== 'text' || f.op !== 'contains' || f.value === undefined) continue;
    let matched: Set<number> | null = null;
    if (col.names) {
      const r = names(col.names.kind, 'contains', f.value);
      matched = r && new Set(keysWhere(db, spec, col.names.id, r));
    } else if (col.values) {
      matched = valueKeys(db, spec, col, col.values, f.value);
    }
    if (!matched) continue;
    keys = keys ? intersect(keys, matched) : matched;
    filters.add(name);
  }
  const q = query.q?.trim();
  const found = q ? searchKeys(db, spec, q, names) : null;
  if (found) keys = keys ? intersect(keys, found) : found;
  if (!keys) return null;
  return { keys: [...keys], filters, search: found !== null };
}
