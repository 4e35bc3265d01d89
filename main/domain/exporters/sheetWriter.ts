import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { exportCell, moneyHeader, neutralise, numberFormat, type CellOut } from './cells';
import type { ExportKind } from '@contract/exporters/schema';
import { cellWidth, fitWidth } from './widths';

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

/**
 * Column widths are written before the first row (the writer streams), so they are measured on
 * the first rows: enough to size a ledger's columns, few enough to hold in memory.
 */
const MEASURED_ROWS = 1_000;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F3F5' } };

/** Excel's column letters: 0 -> A, 25 -> Z, 26 -> AA. */
function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function writeSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, sheet: SheetSpec, unit: 'wan' | 'yi'): void {
  // A sheet opens on its header, frozen, with the filter buttons on it, as offices set up a 台账.
  const ws = wb.addWorksheet(sheet.name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  const cellsOf = (row: Record<string, unknown>): CellOut[] =>
    sheet.columns.map((c) => exportCell(c.kind, c.value(row), unit));
  const source = sheet.rows[Symbol.iterator]();
  const measured: CellOut[][] = [];
  while (measured.length < MEASURED_ROWS) {
    const r = source.next();
    if (r.done) break;
    measured.push(cellsOf(r.value));
  }
  // Headers come from the page: written as text like any cell, never as a formula.
  const headers = sheet.columns.map((c) =>
    neutralise(c.kind === 'money' ? moneyHeader(c.header, unit) : c.header),
  );
  ws.columns = sheet.columns.map((c, i) => {
    const format = c.kind === 'money' ? undefined : numberFormat(c.kind);
    return {
      header: headers[i],
      width: fitWidth(
        headers[i] ?? '',
        Math.max(0, ...measured.map((cells) => cellWidth(cells[i] ?? null, c.kind))),
      ),
      // Money cells carry their own format (numberFormat); a typed amount shows as typed.
      style: format ? { numFmt: format } : {},
    };
  });
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  header.commit();
  let rows = 0;
  const add = (values: CellOut[]): void => {
    const row = ws.addRow(values);
    sheet.columns.forEach((c, i) => {
      if (c.kind === 'money' && values[i] !== null)
        row.getCell(i + 1).numFmt = numberFormat('money', values[i]) as string;
    });
    row.commit();
    rows++;
  };
  for (const values of measured) add(values);
  for (let r = source.next(); !r.done; r = source.next()) add(cellsOf(r.value));
  if (sheet.columns.length > 0) {
    ws.autoFilter = `A1:${columnLetter(sheet.columns.length - 1)}${rows + 1}`;
  }
  ws.commit();
}

/**
 * Writes sheets with exceljs' streaming writer: values only (never formulas), a bold frozen
 * header with the filter on, columns as wide as their content, text columns stored as text (so
 * 0571 and 138… phone numbers keep their digits), money in the chosen unit with the unit in the
 * header.
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
  for (const sheet of sheets) writeSheet(wb, sheet, unit);
  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}
