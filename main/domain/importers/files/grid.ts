/**
 * A sheet as the importer sees it: rows of plain values. Text stays text, numbers stay numbers,
 * Excel dates arrive as 'YYYY-MM-DD'. Nothing here can run code (no formulas, no links).
 */
export type Cell = string | number | boolean | null;

/** A merged range, 0-based and inclusive. */
export interface Merge {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/**
 * Cells that hold an Excel error (#REF!, #DIV/0!, #N/A …) by 0-based row, then column, with the
 * error as Excel shows it. Such a cell is left out of `rows`: its error is not a value to import,
 * and the import flags it where a value was expected.
 */
export type CellErrors = Map<number, Map<number, string>>;

export interface Grid {
  rows: Cell[][];
  merges: Merge[];
  /** Error cells of an xlsx sheet; absent when there are none. */
  errors?: CellErrors;
}

/** A workbook whose sheets are read on demand (a CSV file is one sheet). */
export interface SheetSource {
  sheetNames: string[];
  sheet(index: number): Grid;
  /**
   * Reads a sheet ahead in short slices, for the process to keep answering while a large one is
   * read; the next `sheet(index)` hands it over without reading again.
   */
  prepare(index: number): Promise<void>;
}

/** How a cell reads as text in a preview or an error report. */
export function cellText(c: Cell | undefined): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'boolean') return c ? 'TRUE' : 'FALSE';
  if (typeof c === 'number') return Number.isInteger(c) ? String(c) : String(Math.round(c * 1e10) / 1e10);
  return c;
}

/** Characters of a cell a preview shows; the rest is cut and marked with "…". */
export const PREVIEW_CHARS = 200;

/**
 * A cell's text as a preview shows it: at most PREVIEW_CHARS characters. A preview lists 300 rows
 * and one cell may hold megabytes; the error report and the import itself keep the whole text.
 */
export function previewText(text: string): string {
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text;
}
