/** What a cell parser answers: a value (null = empty), or why the text could not be read. */
export type Parsed<T> =
  | {
      ok: true;
      value: T | null;
      warning?: string;
      /** A date written without its year (5月21日): the year was assumed, the preview says so. */
      yearless?: true;
    }
  | { ok: false; message: string };

export const value = <T>(v: T | null, warning?: string): Parsed<T> =>
  warning ? { ok: true, value: v, warning } : { ok: true, value: v };
export const problem = <T>(message: string): Parsed<T> => ({ ok: false, message });

/** Placeholders offices type into cells that have no value yet. */
const EMPTY = new Set([
  '',
  '-',
  '--',
  '—',
  '——',
  '/',
  '\\',
  '无',
  '暂无',
  '待定',
  '不详',
  '未知',
  'N/A',
  'n/a',
  '#N/A',
  'null',
  '空',
]);

export const isBlank = (s: string): boolean => EMPTY.has(s.trim());
