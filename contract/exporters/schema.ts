// Pure: what the export channels take; the renderer builds these from a grid's columns.
import { z } from 'zod';

export const EXPORT_KINDS = [
  'text',
  'number',
  'money',
  'date',
  'datetime',
  'phone',
  'bool',
  'region',
  'stage',
  'tier',
  'interactionKind',
  'issueCategory',
  'issueStatus',
  'keyLevel',
] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const exportColumn = z.strictObject({
  // Never a name every object has (constructor, toString …): only a list row's own fields are written.
  field: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_]{0,40}$/, '列名无效')
    .refine((f) => !(f in Object.prototype), '列名无效'),
  header: z.string().trim().min(1).max(60),
  kind: z.enum(EXPORT_KINDS).default('text'),
});
export type ExportColumn = z.input<typeof exportColumn>;

export const exportView = z.strictObject({
  /** A list channel of the contract, e.g. 'companies.list'. */
  channel: z.string().regex(/^[A-Za-z]+\.list$/, '不能导出这个列表'),
  /** The grid's current query (filters, sort, search); paging is done by the export. */
  query: z.record(z.string(), z.unknown()).default({}),
  columns: z.array(exportColumn).min(1, '请至少选择一列').max(100),
  /** Unit money columns are written in. */
  unit: z.enum(['wan', 'yi']).default('wan'),
  /** Sheet and file name, e.g. 客商企业. */
  title: z.string().trim().min(1).max(40).default('导出'),
});
export type ExportViewInput = z.input<typeof exportView>;
