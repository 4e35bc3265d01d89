import type { CellOut } from './cells';
import type { ExportKind } from '@contract/exporters/schema';

/** Narrowest and widest column, in Excel's character widths. */
export const MIN_WIDTH = 6;
export const MAX_WIDTH = 50;
/** The header also holds the filter button, about two characters wide. */
const FILTER_BUTTON = 2;

/**
 * Characters Excel draws two widths wide: CJK ideographs and punctuation, kana, Hangul and the
 * full-width forms (（），：). Counting them as one leaves Chinese text cut off at half its length.
 */
const isWide = (code: number): boolean =>
  (code >= 0x1100 && code <= 0x115f) ||
  (code >= 0x2e80 && code <= 0xa4cf) ||
  (code >= 0xac00 && code <= 0xd7a3) ||
  (code >= 0xf900 && code <= 0xfaff) ||
  (code >= 0xfe30 && code <= 0xfe4f) ||
  (code >= 0xff00 && code <= 0xff60) ||
  (code >= 0xffe0 && code <= 0xffe6) ||
  code >= 0x20000;

/** Width of a text as Excel lays it out; a text of several lines is as wide as its longest. */
export function textWidth(text: string): number {
  let widest = 0;
  for (const line of text.split('\n')) {
    let w = 0;
    for (const ch of line) w += isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
    widest = Math.max(widest, w);
  }
  return widest;
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

/** Width of a cell as shown: numbers with their thousands separators, dates as their format. */
export function cellWidth(value: CellOut, kind: ExportKind): number {
  if (value === null) return 0;
  if (value instanceof Date) return kind === 'datetime' ? 16 : 10;
  if (typeof value === 'number') return grouped.format(value).length;
  return textWidth(value);
}

/** A column as wide as its header and widest cell (of those measured), within the bounds. */
export function fitWidth(header: string, widest: number): number {
  const want = Math.max(textWidth(header) + FILTER_BUTTON, widest) + 1;
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, want));
}
