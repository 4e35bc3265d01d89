import { z } from 'zod';
import { enumOf, id, requiredText } from '../shared/fields';

/** Grids whose layout can be saved; anything else is refused rather than stored blindly. */
export const VIEW_GRIDS = [
  'companies',
  'contacts',
  'projects',
  'interactions',
  'serviceIssues',
  'trips',
  'receptions',
] as const;
export type ViewGrid = (typeof VIEW_GRIDS)[number];

export const VIEW_STATE_MAX_BYTES = 64 * 1024;

const utf8Bytes = (s: string): number => new TextEncoder().encode(s).length;

// Plain JSON only, so what is stored reads back the same. Not z.json(): its recursive input
// type is too deep for the generic helpers callers wrap around the contract.
function isJson(v: unknown, depth = 0): boolean {
  if (depth > 32) return false;
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every((x) => isJson(x, depth + 1));
  if (typeof v !== 'object' || Object.getPrototypeOf(v) !== Object.prototype) return false;
  return Object.values(v).every((x) => isJson(x, depth + 1));
}

/** Whatever the grid reports (columns, sort, filters); opaque here, but a bounded JSON object. */
export const viewState = z
  .record(z.string(), z.unknown(), { error: '视图状态应为对象' })
  .refine((s) => isJson(s), '视图状态只能包含文字、数字、布尔值、数组和对象')
  .refine((s) => utf8Bytes(JSON.stringify(s)) <= VIEW_STATE_MAX_BYTES, '视图状态过大（不能超过64KB）');

const grid = enumOf(VIEW_GRIDS, '表格');

export const viewList = z.strictObject({ grid });
export type ViewList = z.input<typeof viewList>;

export const viewSave = z.strictObject({
  grid,
  name: requiredText('视图名称', 50),
  state: viewState,
  /** Given: rename or rewrite that view. Absent: create, or overwrite the view of that name. */
  id: id('视图编号').optional(),
});
export type ViewSave = z.input<typeof viewSave>;

export const viewDelete = z.strictObject({ id: id('视图编号') });

export interface SavedView {
  id: number;
  grid: ViewGrid;
  name: string;
  state: Record<string, unknown>;
  builtin: boolean;
  createdAt: string;
  updatedAt: string;
}
