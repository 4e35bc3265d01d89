import { DomainError } from '@contract/shared/errors';
import { writeWorkbook } from './sheetWriter';
import type { ExportColumn, ExportKind } from '@contract/exporters/schema';

/** Largest export of one grid view; a ledger far beyond this belongs in the full workbook. */
export const MAX_EXPORT_ROWS = 200_000;
const PAGE = 500;

export type PageReader = (
  offset: number,
  limit: number,
) => { rows: Record<string, unknown>[]; total: number };

/** Every row of the view, page by page through the list's own query (its filters and sort). */
function* allRows(read: PageReader): Generator<Record<string, unknown>> {
  for (let offset = 0; ; offset += PAGE) {
    const page = read(offset, PAGE);
    if (offset === 0 && page.total > MAX_EXPORT_ROWS) {
      throw new DomainError(
        'VALIDATION',
        `当前视图有 ${page.total} 行，超过单次导出上限 ${MAX_EXPORT_ROWS} 行，请先筛选`,
      );
    }
    yield* page.rows;
    if (page.rows.length < PAGE) return;
  }
}

/**
 * A row's own field, or nothing: the field name comes from the page, and `constructor`,
 * `toString` or `__proto__` must not reach what every object inherits.
 */
const fieldOf = (row: Record<string, unknown>, field: string): unknown =>
  Object.hasOwn(row, field) ? row[field] : null;

export function exportView(
  read: PageReader,
  columns: (Omit<ExportColumn, 'kind'> & { kind: ExportKind })[],
  title: string,
  unit: 'wan' | 'yi',
): Promise<Buffer> {
  return writeWorkbook(
    [
      {
        name: title,
        columns: columns.map((c) => ({ header: c.header, kind: c.kind, value: (r) => fieldOf(r, c.field) })),
        rows: allRows(read),
      },
    ],
    unit,
  );
}
