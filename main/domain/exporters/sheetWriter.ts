import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { exportCell, moneyHeader, neutralise, numberFormat, type CellOut } from './cells';
import type { ExportKind } from './schema';

export interface SheetColumn {
  header: string;
  kind: ExportKind;
  /** Reads the value from a row; default: row[field]. */
  value: (row: Record<string, unknown>) => unknown;
}

export interface SheetSpec {
  name: string;
  columns: SheetColumn[];
  /** Rows are pulled page by page, so a 100 000-row export never holds every row twice. */
  rows: Iterable<Record<string, unknown>>;
}

const width = (header: string, kind: ExportKind): number =>
  Math.max(8, Math.min(40, [...header].length * 2 + 2, kind === 'text' ? 30 : 18));

/**
 * Writes sheets with exceljs' streaming writer: values only (never formulas), a bold frozen
 * header, text columns stored as text (so 0571 and 138… phone numbers keep their digits),
 * money in the chosen unit with the unit in the header.
 */
export async function writeWorkbook(sheets: SheetSpec[], unit: 'wan' | 'yi' = 'wan'): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  wb.creator = '招商通';
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    ws.columns = sheet.columns.map((c) => ({
      // Headers come from the page: written as text like any cell, never as a formula.
      header: neutralise(c.kind === 'money' ? moneyHeader(c.header, unit) : c.header),
      width: width(c.header, c.kind),
      style: numberFormat(c.kind) ? { numFmt: numberFormat(c.kind) as string } : {},
    }));
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).commit();
    for (const row of sheet.rows) {
      const values: CellOut[] = sheet.columns.map((c) => exportCell(c.kind, c.value(row), unit));
      ws.addRow(values).commit();
    }
    ws.commit();
  }
  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}
