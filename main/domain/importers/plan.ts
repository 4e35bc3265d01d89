import type { Db } from '../../db/open';
import { DomainError } from '@contract/shared/errors';
import { rowConverter, type Converted, type MappedColumn } from './convert';
import { errorCellProblems } from './errorCells';
import { TARGET_FIELDS } from '@contract/importers/fields';
import { cellText, type Cell, type Grid } from './files/grid';
import { MAX_DATA_ROWS } from '@contract/importers/files/limits';
import type { Layout } from './header/detect';
import { layoutAt } from './header/detect';
import { datesYear, type DatesYear, type YearSources } from './header/year';
import { rowSkipper, SKIP_LABELS, type SkipReason } from './header/rows';
import { Resolver } from './resolver';
import type {
  FlaggedValue,
  ImportSpec,
  PlanSummary,
  PreviewRow,
  RowProblem,
  SkippedRows,
} from '@contract/importers/schema';
import { PLANNERS } from './targets';
import type { PlanContext, RowPlan } from './targets/common';
import type { Writer } from './writer';

/** The checked mapping of an import: which column feeds which field. */
export function mappedColumns(spec: ImportSpec, layout: Layout): MappedColumn[] {
  const fields = TARGET_FIELDS[spec.target];
  const columns: MappedColumn[] = [];
  for (const m of spec.mapping) {
    if (m.field === null) continue;
    const field = fields.find((f) => f.key === m.field);
    if (!field) throw new DomainError('VALIDATION', `“${m.field}”不是可导入的字段`);
    if (columns.some((c) => c.column === m.column))
      throw new DomainError('VALIDATION', `第 ${m.column + 1} 列映射了两次`);
    columns.push({
      column: m.column,
      header: layout.headers[m.column] ?? '',
      field,
      unit: m.unit ?? 'wan',
      labelled: false,
    });
  }
  for (const c of columns) {
    const same = columns.filter((o) => o.field.key === c.field.key);
    if (same.length > 1 && c.field.kind !== 'note') {
      throw new DomainError('VALIDATION', `“${c.field.label}”只能对应一列（现在对应了 ${same.length} 列）`);
    }
    c.labelled = same.length > 1;
  }
  const missing = fields.filter((f) => f.required && !columns.some((c) => c.field.key === f.key));
  if (missing.length) {
    throw new DomainError('VALIDATION', `请为“${missing.map((f) => f.label).join('”“')}”选择对应的列`);
  }
  return columns;
}

/** Flagged values listed in the preview and the report; the count says how many more there are. */
export const FLAG_LIMIT = 2000;

export interface PassOptions {
  db: Db;
  writer: Writer;
  actorName: string;
  today: string;
  /** Names of the file and sheet and the setting, for dates without a year (the spec's year wins). */
  years: Omit<YearSources, 'chosen'>;
  /** Rows kept with their cells for the preview/report; all rows are still counted. */
  keepRows?: (row: PreviewRow) => boolean;
}

/**
 * One walk over the rows of a sheet, shared by preview (dry writer) and import (real writer),
 * so what the preview promises is exactly what the import does. `step` plans a slice of rows:
 * the import yields between slices to report progress and notice a cancel.
 */
export class ImportPass {
  readonly layout: Layout;
  readonly columns: MappedColumn[];
  readonly total: number;
  readonly kept: PreviewRow[] = [];
  readonly year: DatesYear;
  private readonly flags: FlaggedValue[] = [];
  private flagCount = 0;
  private readonly yearlessRows: number[] = [];
  private next: number;
  private readonly ctx: PlanContext;
  private readonly counts = { create: 0, update: 0, skip: 0, error: 0, warning: 0 };
  private readonly skipped = new Map<SkipReason, number[]>();
  private readonly skipReason: ReturnType<typeof rowSkipper>;
  private readonly convert: (cells: Cell[]) => Converted;

  constructor(
    private readonly grid: Grid,
    private readonly spec: ImportSpec,
    private readonly options: PassOptions,
  ) {
    this.layout = layoutAt(grid, spec.headerRow);
    this.columns = mappedColumns(spec, this.layout);
    this.next = this.layout.dataStart;
    this.skipReason = rowSkipper(this.layout.headers);
    this.year = datesYear(grid, spec.headerRow, { ...options.years, chosen: spec.defaultYear });
    this.convert = rowConverter(this.columns, this.year);
    this.total = Math.max(0, grid.rows.length - this.layout.dataStart);
    if (this.total > MAX_DATA_ROWS) {
      throw new DomainError(
        'VALIDATION',
        `一次最多导入 ${MAX_DATA_ROWS.toLocaleString('zh-CN')} 行，请分成几个文件`,
      );
    }
    this.ctx = {
      db: options.db,
      resolver: new Resolver(options.db, options.writer, spec.owners, this.total),
      writer: options.writer,
      mode: spec.onDuplicate,
      actorName: options.actorName,
      today: options.today,
      row: 0,
      createdAt: new Map(),
      indexes: new Map(),
      mapped: new Set(this.columns.map((c) => c.field.key)),
    };
  }

  get done(): number {
    return this.next - this.layout.dataStart;
  }

  /** Plans up to `n` rows; false once every row is done. Throws on a blocking error. */
  step(n: number): boolean {
    const end = Math.min(this.grid.rows.length, this.next + n);
    for (; this.next < end; this.next++) this.planRow(this.grid.rows[this.next] ?? [], this.next);
    return this.next < this.grid.rows.length;
  }

  private planRow(cells: Cell[], index: number): void {
    const reason = this.skipReason(cells);
    if (reason) {
      const rows = this.skipped.get(reason);
      if (rows) rows.push(index + 1);
      else this.skipped.set(reason, [index + 1]);
      return;
    }
    const converted = this.convert(cells);
    converted.problems.push(...errorCellProblems(this.grid.errors, index, this.columns));
    this.ctx.row = index + 1;
    let plan: RowPlan;
    try {
      plan = PLANNERS[this.spec.target](converted.values, converted.problems, this.ctx);
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      plan = {
        action: 'error',
        problems: [...converted.problems, { field: null, message: err.message, level: 'error' }],
      };
    }
    if (plan.action === 'error' && this.spec.onError === 'block' && !this.options.writer.dry) {
      const first = plan.problems.find((p) => p.level === 'error')?.message ?? '数据有误';
      throw new DomainError('VALIDATION', `第 ${index + 1} 行：${first}。导入已取消，未写入任何数据。`);
    }
    this.counts[plan.action]++;
    if (plan.problems.some((p) => p.level === 'warning')) this.counts.warning++;
    if (plan.action !== 'error') this.noteFlags(index + 1, plan.problems, converted.yearless === true);
    const row: PreviewRow = {
      row: index + 1,
      action: plan.action,
      cells: [],
      problems: plan.problems,
      ...(plan.note ? { note: plan.note } : {}),
    };
    if (this.options.keepRows?.(row)) {
      row.cells = Array.from({ length: Math.max(cells.length, this.layout.headers.length) }, (_, i) =>
        cellText(cells[i]),
      );
      this.kept.push(row);
    }
  }

  /** What the report lists of a row that imports: each value flagged, assumed or mapped. */
  private noteFlags(row: number, problems: RowProblem[], yearless: boolean): void {
    if (yearless) this.yearlessRows.push(row);
    for (const p of problems) {
      if (p.level === 'error') continue;
      if (this.flagCount++ < FLAG_LIMIT)
        this.flags.push({ row, field: p.field, level: p.level, message: p.message });
    }
  }

  summary(): PlanSummary {
    const skippedRows: SkippedRows[] = [...this.skipped].map(([reason, rows]) => ({
      reason,
      label: SKIP_LABELS[reason],
      rows,
    }));
    return {
      total: this.total,
      counts: { ...this.counts },
      related: { ...this.ctx.resolver.related },
      skippedRows,
      flags: [...this.flags],
      flagCount: this.flagCount,
      assumedYear: { ...this.year, rows: [...this.yearlessRows] },
      newOwners: this.ctx.resolver.newOwners(),
    };
  }
}

export const errorsOf = (row: PreviewRow): RowProblem[] => row.problems.filter((p) => p.level === 'error');
