// Pure: the import channels' inputs and what they answer; the renderer imports these types.
import { z } from 'zod';
import { MONEY_UNITS, type MoneyTextUnit } from '../shared/money';
import { IMPORT_TARGETS, type FieldKind, type ImportTarget } from './fields';

export const AMOUNT_UNITS = MONEY_UNITS;
export type AmountUnit = MoneyTextUnit;
export const DUPLICATE_MODES = ['skip', 'update', 'create'] as const;
export type DuplicateMode = (typeof DUPLICATE_MODES)[number];
export const ERROR_MODES = ['block', 'skip'] as const;
export type ErrorMode = (typeof ERROR_MODES)[number];

export const fileId = z.string().regex(/^[0-9a-f-]{36}$/, '文件编号无效');

export const columnMapping = z.strictObject({
  column: z.number().int().min(0).max(199),
  field: z
    .string()
    .regex(/^[A-Za-z]{1,40}$/, '字段名无效')
    .nullable(),
  unit: z.enum(AMOUNT_UNITS).optional(),
});
export type ColumnMapping = z.infer<typeof columnMapping>;

export const sheetChoice = z.strictObject({
  fileId,
  sheet: z.number().int().min(0).max(255).default(0),
  target: z.enum(IMPORT_TARGETS),
  /** 0-based; omitted: detected. */
  headerRow: z.number().int().min(0).max(1000).optional(),
});
export type SheetChoice = z.input<typeof sheetChoice>;

export const importSpec = z.strictObject({
  fileId,
  sheet: z.number().int().min(0).max(255),
  target: z.enum(IMPORT_TARGETS),
  headerRow: z.number().int().min(0).max(1000),
  mapping: z.array(columnMapping).max(200),
  onDuplicate: z.enum(DUPLICATE_MODES).default('skip'),
  onError: z.enum(ERROR_MODES).default('block'),
  /** Year for dates written without one (5月21日); default: the importDefaultYear setting. */
  defaultYear: z.number().int().min(2000).max(2100).optional(),
});
export type ImportSpecInput = z.input<typeof importSpec>;
export type ImportSpec = z.output<typeof importSpec>;

export interface StagedFile {
  fileId: string;
  name: string;
  bytes: number;
  sheetNames: string[];
}

export interface FieldInfo {
  key: string;
  label: string;
  kind: FieldKind;
  required: boolean;
}

export interface Suggestion extends ColumnMapping {
  confidence: 0 | 1 | 2;
}

export interface InspectResult {
  target: ImportTarget;
  sheet: number;
  sheetNames: string[];
  headerRow: number;
  detectedHeaderRow: number;
  dataStart: number;
  title: string | null;
  unitHint: AmountUnit | null;
  headers: string[];
  /** The first rows of the sheet as text, to check the header row by eye. */
  topRows: { row: number; cells: string[] }[];
  suggestions: Suggestion[];
  fields: FieldInfo[];
  /** Rows below the header, blank and total rows included. */
  bodyRows: number;
}

export type RowAction = 'create' | 'update' | 'skip' | 'error';

export interface RowProblem {
  /** Field key, or null for the row as a whole. */
  field: string | null;
  message: string;
  level: 'error' | 'warning';
}

export interface PreviewRow {
  /** Row number as Excel shows it (1-based). */
  row: number;
  action: RowAction;
  cells: string[];
  problems: RowProblem[];
  /** Why a row is skipped or updated: "与已有企业“…”重复". */
  note?: string;
}

export interface RelatedCounts {
  companies: number;
  contacts: number;
  staff: number;
  teams: number;
}

export interface SkippedRows {
  reason: 'blank' | 'total' | 'header' | 'section' | 'note';
  label: string;
  rows: number[];
}

export interface PlanSummary {
  total: number;
  counts: Record<RowAction, number> & { warning: number };
  /** Related records the import creates (companies for project rows …). */
  related: RelatedCounts;
  skippedRows: SkippedRows[];
}

export interface PreviewResult extends PlanSummary {
  /** Rows with problems first (up to 300), then the first rows that import cleanly. */
  rows: PreviewRow[];
  /** True when errors stop the import (onError = block). */
  blocked: boolean;
}

export interface ImportResult extends PlanSummary {
  batchId: number | null;
  millis: number;
  /** Name of the backup taken just before. */
  backup: string | null;
}

export interface DownloadFile {
  fileName: string;
  /** File content, base64. */
  base64: string;
}

/** What undoing an import did (see store/undo.ts). */
export interface UndoSummary {
  undoBatchId: number;
  reverted: number;
}
