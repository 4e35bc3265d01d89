import type { Db } from '../../db/open';
import { prepareCached } from '../../db/statements';
import { pageIsNearTheStart, readsInOrder } from './pageOrder';
import { FILL_ON_READ, fillSortKeys } from './sortKeys';
import { nameResolver, type NameRef, type NameResolver } from './nameIndex';
import { listKeys, type ListKeys } from './listKeys';
import { DomainError } from '@contract/shared/errors';
import type { ColumnFilter, ListQuery, Page } from '@contract/shared/listQuery';
import { slimFrom } from './slimFrom';
import type { ColumnType, IndexedValues, ListColumn, ListSpec } from './listSpec';
import { escapeLike, listPlanning, valuesLike } from './listSql';

// The spec types and SQL pieces live apart so listKeys and pageOrder can use them without
// importing this file back (no import cycle); they are re-exported for the grid modules.
export type { ColumnType, IndexedValues, ListColumn, ListSpec };
export { escapeLike, listPlanning, valuesLike };

interface Built {
  where: string;
  params: unknown[];
  orderBy: string;
  /** Conditions beside the keys' own: without any, the keys are the count. */
  others: number;
}

/** Conditions answered by a set of keys (listKeys), and the SQL that stands for them instead. */
interface Keyed {
  by: ListKeys;
  sql: string;
  params: unknown[];
}

function column(spec: ListSpec, name: string, use: 'sort' | 'filter'): ListColumn {
  const col = Object.hasOwn(spec.columns, name) ? spec.columns[name] : undefined;
  if (!col || (use === 'sort' && col.sortable === false) || (use === 'filter' && col.filterable === false)) {
    throw new DomainError('BAD_COLUMN', `不能按“${name}”${use === 'sort' ? '排序' : '筛选'}`);
  }
  return col;
}

// A plain column can be written `+p.col`: the same value, but SQLite will not search by its index.
const PLAIN_COLUMN = /^\w+\.\w+$/;

const sortExpr = (col: ListColumn): string => col.sortSql ?? col.sql;

const plain = (sql: string, blind: boolean): string => (blind && PLAIN_COLUMN.test(sql) ? `+${sql}` : sql);

/** `ref.id IN (…)` from the resolver, or null when it cannot narrow `value`. */
function byName(
  ref: NameRef,
  mode: 'contains' | 'search',
  value: string,
  params: unknown[],
  names: NameResolver | undefined,
  blind: boolean,
): string | null {
  const r = names?.(ref.kind, mode, value);
  if (!r) return null;
  params.push(...r.params);
  return `${plain(ref.id, blind)} ${r.sql}`;
}

function filterSql(
  col: ListColumn,
  f: ColumnFilter,
  params: unknown[],
  blind: boolean,
  names?: NameResolver,
): string {
  const e = plain(col.sql, blind);
  if (f.type === 'set') {
    const nonNull = f.values.filter((v) => v !== null).map((v) => (typeof v === 'boolean' ? (v ? 1 : 0) : v));
    const parts: string[] = [];
    if (nonNull.length) {
      params.push(...nonNull);
      parts.push(`${e} IN (${nonNull.map(() => '?').join(', ')})`);
    }
    if (f.values.includes(null)) parts.push(`${e} IS NULL`);
    return parts.length ? `(${parts.join(' OR ')})` : '0';
  }
  if (f.op === 'blank') return col.type === 'text' ? `(${e} IS NULL OR ${e} = '')` : `${e} IS NULL`;
  if (f.op === 'notBlank')
    return col.type === 'text' ? `(${e} IS NOT NULL AND ${e} <> '')` : `${e} IS NOT NULL`;
  if (f.value === undefined) throw new DomainError('VALIDATION', '筛选条件缺少值');
  if (f.type === 'text') {
    const v = f.value;
    const like = (pattern: string, not = false): string => {
      params.push(pattern);
      return not ? `(${e} IS NULL OR ${e} NOT LIKE ? ESCAPE '\\')` : `${e} LIKE ? ESCAPE '\\'`;
    };
    switch (f.op) {
      case 'contains':
        if (col.names) {
          const indexed = byName(col.names, 'contains', v, params, names, blind);
          if (indexed) return indexed;
        }
        if (col.values) {
          params.push(`%${escapeLike(v)}%`);
          return `${e} ${valuesLike(col.values.table, col.values.column)}`;
        }
        return like(`%${escapeLike(v)}%`);
      case 'notContains':
        return like(`%${escapeLike(v)}%`, true);
      case 'startsWith':
        return like(`${escapeLike(v)}%`);
      case 'endsWith':
        return like(`%${escapeLike(v)}`);
      case 'equals':
        params.push(v);
        return `${e} = ?`;
      case 'notEqual':
        params.push(v);
        return `(${e} IS NULL OR ${e} <> ?)`;
    }
  }
  const cmp: Record<string, string> = {
    equals: '=',
    notEqual: '<>',
    lessThan: '<',
    lessThanOrEqual: '<=',
    greaterThan: '>',
    greaterThanOrEqual: '>=',
  };
  if (f.op === 'inRange') {
    if (f.valueTo === undefined) throw new DomainError('VALIDATION', '范围筛选缺少结束值');
    params.push(f.value, f.valueTo);
    return `${e} BETWEEN ? AND ?`;
  }
  const op = cmp[f.op];
  if (!op) throw new DomainError('VALIDATION', '筛选方式无效');
  params.push(f.value);
  return `${e} ${op} ?`;
}

/**
 * Translates a validated ListQuery into WHERE/ORDER BY with bound parameters only.
 * `blindFilters`: the column filters may not pick the index (see pageKeysSql).
 */
export function buildList(
  spec: ListSpec,
  query: ListQuery,
  extra?: { where: string; params: unknown[] },
  blindFilters = false,
  names?: NameResolver,
  keyed?: Keyed,
): Built {
  const conds: string[] = [];
  const params: unknown[] = [];
  if (spec.where) conds.push(spec.where);
  if (extra) {
    conds.push(extra.where);
    params.push(...extra.params);
  }
  for (const [name, f] of Object.entries(query.filters)) {
    const col = column(spec, name, 'filter');
    if (f.type !== 'set' && f.type !== col.type && !(col.type === 'bool' && f.type === 'number')) {
      throw new DomainError('BAD_COLUMN', `“${name}”不能用这种方式筛选`);
    }
    if (keyed?.by.filters.has(name)) continue;
    conds.push(filterSql(col, f, params, blindFilters, names));
  }
  const q = query.q?.trim();
  if (
    q &&
    !keyed?.by.search &&
    (spec.search.length || spec.searchNames?.length || spec.searchValues?.length)
  ) {
    const pattern = `%${escapeLike(q)}%`;
    const parts: string[] = [];
    for (const ref of spec.searchNames ?? []) {
      const indexed = byName(ref, 'search', q, params, names, blindFilters);
      if (indexed) parts.push(indexed);
      else {
        params.push(pattern);
        parts.push(`${ref.name} LIKE ? ESCAPE '\\'`);
      }
    }
    for (const v of spec.searchValues ?? []) {
      params.push(pattern);
      parts.push(`${plain(v.col, blindFilters)} ${valuesLike(v.table, v.column)}`);
    }
    for (const s of spec.search) {
      params.push(pattern);
      parts.push(`${s} LIKE ? ESCAPE '\\'`);
    }
    conds.push(`(${parts.join(' OR ')})`);
  }
  const others = conds.length;
  if (keyed) {
    conds.push(keyed.sql);
    params.push(...keyed.params);
  }
  const order = query.sort.map(
    (s) => `${sortExpr(column(spec, s.col, 'sort'))} ${s.dir === 'asc' ? 'ASC' : 'DESC'} NULLS LAST`,
  );
  if (order.length === 0) order.push(spec.defaultSort);
  order.push(`${spec.key} ${query.sort[0]?.dir === 'asc' ? 'ASC' : 'DESC'}`);
  return {
    where: conds.length ? `WHERE ${conds.join(' AND ')}` : '',
    params,
    orderBy: `ORDER BY ${order.join(', ')}`,
    others,
  };
}

export type ListPlan = 'none' | 'keys' | 'walk';

/** How the last list call on a connection read its page: for tests of the plan choice. */
export const lastPlan = new WeakMap<Db, ListPlan>();

export function runList<T>(
  db: Db,
  spec: ListSpec,
  query: ListQuery,
  extra?: { where: string; params: unknown[] },
  map?: (r: Record<string, unknown>) => T,
): Page<T> {
  fillSortKeys(db, FILL_ON_READ);
  const names = nameResolver(db);
  const found = listKeys(db, spec, query, names);
  const json = found && JSON.stringify(found.keys);
  let page: { keys: unknown[]; total: number };
  if (found?.keys.length === 0) {
    // Nothing matches: no count, no page query (the query is still checked, for its errors).
    buildList(spec, query, extra, false, names);
    lastPlan.set(db, 'none');
    page = { keys: [], total: 0 };
  } else if (found && json && found.keys.length <= listPlanning.fewKeys) {
    lastPlan.set(db, 'keys');
    page = sortedKeys(
      db,
      spec,
      query,
      buildList(spec, query, extra, false, names, {
        by: found,
        sql: `${spec.key} = k.value`,
        params: [],
      }),
      json,
    );
  } else {
    lastPlan.set(db, 'walk');
    const keyed =
      found && json
        ? { by: found, sql: `${spec.key} IN (SELECT value FROM json_each(?))`, params: [json] }
        : undefined;
    page = walkedKeys(db, spec, query, extra, names, keyed);
  }
  const { keys, total } = page;
  const rows = rowsOf(db, spec, keys);
  return { rows: map ? rows.map(map) : (rows as T[]), total };
}

/** Few keys: read each by its key and sort them (json_each first, so no index walk is tried). */
function sortedKeys(
  db: Db,
  spec: ListSpec,
  query: ListQuery,
  b: Built,
  json: string,
): { keys: unknown[]; total: number } {
  const from = (used: string): string => `json_each(?) k CROSS JOIN ${slimFrom(spec.from, used)}`;
  const total =
    b.others === 0
      ? (JSON.parse(json) as unknown[]).length
      : (prepareCached(db, `SELECT count(*) FROM ${from(b.where)} ${b.where}`, { pluck: true }).get(
          json,
          ...b.params,
        ) as number);
  if (total <= query.offset) return { keys: [], total };
  const keys = prepareCached(
    db,
    `SELECT ${spec.key} FROM ${from(b.where + b.orderBy)} ${b.where} ${b.orderBy} LIMIT ? OFFSET ?`,
    { pluck: true },
  ).all(json, ...b.params, query.limit, query.offset);
  return { keys, total };
}

function walkedKeys(
  db: Db,
  spec: ListSpec,
  query: ListQuery,
  extra: { where: string; params: unknown[] } | undefined,
  names: NameResolver,
  keyed: Keyed | undefined,
): { keys: unknown[]; total: number } {
  const b = buildList(spec, query, extra, false, names, keyed);
  const total =
    keyed && b.others === 0
      ? keyed.by.keys.length
      : (
          prepareCached(db, `SELECT count(*) AS total FROM ${slimFrom(spec.from, b.where)} ${b.where}`).get(
            ...b.params,
          ) as { total: number }
        ).total;
  // Two steps: the page's keys first, then the rows for just those keys. Sorting on a column
  // without a usable index sorts every matching row; carrying only the key through that sort
  // (instead of every column, joins and per-row subqueries) keeps a 100,000-row sort cheap.
  const keysSql = (built: Built): string =>
    `SELECT ${spec.key} FROM ${slimFrom(spec.from, built.where + built.orderBy)} ${built.where} ${built.orderBy} LIMIT ? OFFSET ?`;
  // No match, or a page past the last: nothing to read.
  if (total <= query.offset) return { keys: [], total };
  const narrowed = Object.keys(query.filters).length > 0 || Boolean(query.q?.trim());
  const inOrder = narrowed && pageIsNearTheStart(db, spec, query, total);
  const blind = inOrder
    ? buildList(spec, query, extra, true, names, keyed && { ...keyed, sql: `+${keyed.sql}` })
    : null;
  const chosen = blind && readsInOrder(db, keysSql(blind)) && !readsInOrder(db, keysSql(b)) ? blind : b;
  const keys = prepareCached(db, keysSql(chosen), { pluck: true }).all(
    ...chosen.params,
    query.limit,
    query.offset,
  );
  return { keys, total };
}

/** The rows of a page's keys, in the keys' order (every row carries its key as `id`). */
function rowsOf(db: Db, spec: ListSpec, keys: unknown[]): Record<string, unknown>[] {
  if (keys.length === 0) return [];
  const found = prepareCached(
    db,
    `SELECT ${spec.select} FROM ${spec.from} WHERE ${spec.key} IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(keys)) as Record<string, unknown>[];
  const byKey = new Map<unknown, Record<string, unknown>>(found.map((r) => [r.id, r]));
  return keys.map((k) => byKey.get(k)).filter((r): r is Record<string, unknown> => r !== undefined);
}
