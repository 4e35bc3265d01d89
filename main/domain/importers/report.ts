import { writeWorkbook } from '../exporters/sheetWriter';
import type { PreviewRow } from '@contract/importers/schema';

/**
 * The rows that did not import, as they were in the file, with the reason next to them: the
 * person fixes them in this sheet and imports it again.
 */
export function errorReport(headers: string[], rows: PreviewRow[]): Promise<Buffer> {
  // A loop, not Math.max(...rows): spreading 150 000 rows as arguments overflows the stack.
  const width = rows.reduce((w, r) => Math.max(w, r.cells.length), headers.length);
  const columns = [
    { header: '原表行号', kind: 'number' as const, value: (r: Record<string, unknown>) => r.row },
    { header: '问题说明', kind: 'text' as const, value: (r: Record<string, unknown>) => r.reason },
    ...Array.from({ length: width }, (_, i) => ({
      header: headers[i]?.trim() || `第${i + 1}列`,
      kind: 'text' as const,
      value: (r: Record<string, unknown>) => (r.cells as string[])[i] ?? null,
    })),
  ];
  const data = rows.map((r) => ({
    row: r.row,
    cells: r.cells,
    reason: r.problems
      .filter((p) => p.level === 'error')
      .map((p) => p.message)
      .join('；'),
  }));
  return writeWorkbook([{ name: '未导入的行', columns, rows: data }]);
}
