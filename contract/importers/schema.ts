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

/** What to do with a 责任人 name that matches no one on the staff list. */
export const OWNER_CHOICES = ['create', 'map', 'none'] as const;
export type OwnerChoiceKind = (typeof OWNER_CHOICES)[number];

export const ownerChoice = z
  .strictObject({
    name: z.string().trim().min(1).max(50),
    choice: z.enum(OWNER_CHOICES),
    staffId: z.number().int().positive().optional(),
  })
  .refine((c) => c.choice !== 'map' || c.staffId !== undefined, {
    message: '请选择对应的已有人员',
    path: ['staffId'],
  });
export type OwnerChoice = z.infer<typeof ownerChoice>;

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
  /** Unknown 责任人 names: create the person (the default), map to someone, or leave the owner empty. */
  owners: z.array(ownerChoice).max(500).default([]),
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
  /** info: a value read as something else than written ("谈判中" as 洽谈), shown so it can be checked. */
  level: 'error' | 'warning' | 'info';
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
  reason: 'blank' | 'total' | 'header' | 'section' | 'note' | 'example';
  label: string;
  rows: number[];
}

/** A value the import flagged, assumed or read differently from the text, with its row. */
export interface FlaggedValue {
  row: number;
  field: string | null;
  level: 'warning' | 'info';
  message: string;
}

/** The year given to dates written without one (5月21日), where it came from, and which rows got it. */
export interface AssumedYear {
  year: number;
  /** "表头“2021年…台账”", "工作表名“…”", "文件名“…”" or "导入设置". */
  source: string;
  rows: number[];
}

/** A 责任人 name that matches no one on the staff list, and what the import does with it. */
export interface NewOwner {
  name: string;
  rows: number[];
  choice: OwnerChoiceKind;
  staffId?: number;
}

export interface PlanSummary {
  total: number;
  counts: Record<RowAction, number> & { warning: number };
  /** Related records the import creates (companies for project rows …). */
  related: RelatedCounts;
  skippedRows: SkippedRows[];
  /** Every warning and mapped value of the rows that import, in row order (the first FLAG_LIMIT). */
  flags: FlaggedValue[];
  /** All of them, when more than the list holds. */
  flagCount: number;
  assumedYear: AssumedYear;
  newOwners: NewOwner[];
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
  /**
   * No backup was taken in the last few hours (the automatic backup's interval): one is being
   * taken in the background now that the import is in. The import itself needs none: 撤销本次导入
   * takes it back exactly.
   */
  backupFollows: boolean;
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
