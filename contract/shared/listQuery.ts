import { z } from 'zod';

/**
 * What a grid asks for: one page, sorted and filtered on named columns. Column names are
 * only ever looked up in a per-list allow-list; they never reach SQL as text.
 */
const columnName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,40}$/, '列名无效');
const shortText = z.string().max(200, '筛选内容过长');
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

export const textFilter = z.strictObject({
  type: z.literal('text'),
  op: z.enum([
    'contains',
    'notContains',
    'equals',
    'notEqual',
    'startsWith',
    'endsWith',
    'blank',
    'notBlank',
  ]),
  value: shortText.optional(),
});
export const numberFilter = z.strictObject({
  type: z.literal('number'),
  op: z.enum([
    'equals',
    'notEqual',
    'lessThan',
    'lessThanOrEqual',
    'greaterThan',
    'greaterThanOrEqual',
    'inRange',
    'blank',
    'notBlank',
  ]),
  value: z.number().finite().optional(),
  valueTo: z.number().finite().optional(),
});
export const dateFilter = z.strictObject({
  type: z.literal('date'),
  op: z.enum(['equals', 'notEqual', 'lessThan', 'greaterThan', 'inRange', 'blank', 'notBlank']),
  value: isoDay.optional(),
  valueTo: isoDay.optional(),
});
export const setFilter = z.strictObject({
  type: z.literal('set'),
  values: z.array(z.union([z.string().max(200), z.number().finite(), z.boolean(), z.null()])).max(500),
});
export const columnFilter = z.discriminatedUnion('type', [textFilter, numberFilter, dateFilter, setFilter]);
export type ColumnFilter = z.infer<typeof columnFilter>;

export const sortItem = z.strictObject({ col: columnName, dir: z.enum(['asc', 'desc']) });
export type SortItem = z.infer<typeof sortItem>;

export const listQuery = z.strictObject({
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(100),
  sort: z.array(sortItem).max(5).default([]),
  filters: z
    .unknown()
    // A record schema silently drops a "__proto__" key; refuse it instead of ignoring a filter.
    .refine((v) => !(v && typeof v === 'object' && Object.hasOwn(v, '__proto__')), '列名无效')
    .pipe(z.record(columnName, columnFilter))
    .refine((f) => Object.keys(f).length <= 30, '筛选条件过多')
    .optional()
    .transform((f) => f ?? {}),
  q: z.string().trim().max(100, '搜索内容过长').optional(),
});
export type ListQuery = z.output<typeof listQuery>;
export type ListQueryInput = z.input<typeof listQuery>;

export interface Page<T> {
  rows: T[];
  total: number;
}
