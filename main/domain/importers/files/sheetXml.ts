import { DomainError } from '@contract/shared/errors';
import { breathe } from '../slices';
import { damagedFile } from './damaged';
import type { Cell, CellErrors, Grid, Merge } from './grid';
import { MAX_COLUMNS, MAX_DATA_ROWS } from '@contract/importers/files/limits';
import { isoCellDate, serialToIso } from './serialDate';
import { attr, decodeXml, runText, tagAttrs } from './xml';
import { digitsAt, GT, isXmlSpace, LT, SLASH, TagReader } from './xmlTag';

/** What a sheet's cells refer to: the workbook's shared strings and which styles show dates. */
export interface SheetContext {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
}

// Slots of the attributes read from <row> and <c> tags.
const R = 0;
const T = 1;
const S = 2;

const LETTER_C = 99;
const LETTER_R = 114;

const tooLong = (): DomainError =>
  new DomainError('VALIDATION', `表格超过 ${MAX_DATA_ROWS.toLocaleString('zh-CN')} 行，请分成几个文件导入`);

/** A tag name ends at white space, '>' or '/>'. */
const endsName = (c: number): boolean => c === GT || c === SLASH || isXmlSpace(c);

/**
 * 'AB12' in xml[from, to) -> column 27 and row 11 (0-based), written to `out`; false when the
 * reference is not letters followed by digits.
 */
function readRef(xml: string, from: number, to: number, out: { row: number; col: number }): boolean {
  let col = 0;
  let i = from;
  for (; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
    if (col > 16_384) return false;
  }
  const row = digitsAt(xml, i, to);
  if (col === 0 || row < 1) return false;
  out.row = row - 1;
  out.col = col - 1;
  return true;
}

/** 'AB12' -> [row 11, column 27], both 0-based; [-1, -1] when it is not a cell reference. */
export function cellRef(ref: string): [row: number, col: number] {
  const at = { row: -1, col: -1 };
  return readRef(ref, 0, ref.length, at) ? [at.row, at.col] : [-1, -1];
}

/** The type of a cell (its t attribute) as one of these. */
type Kind = 'number' | 'shared' | 'inline' | 'text' | 'bool' | 'date' | 'error';

function kindOf(t: string): Kind {
  if (t === 's') return 'shared';
  if (t === 'inlineStr') return 'inline';
  if (t === 'b') return 'bool';
  if (t === 'str') return 'text';
  if (t === 'd') return 'date';
  if (t === 'e') return 'error';
  return 'number';
}

/** The same, read in place from the tag; most cells are 's' or have no type at all. */
function kindAt(xml: string, tag: TagReader): Kind {
  if (!tag.has(T)) return 'number';
  const from = tag.from[T] as number;
  if (!tag.escaped[T] && (tag.to[T] as number) - from === 1) {
    const c = xml.charCodeAt(from);
    if (c === 115) return 'shared';
    if (c === 110) return 'number';
  }
  return kindOf(tag.text(xml, T));
}

/**
 * Bounds of the text inside the first <name>…</name> within xml[from, to), or null. `close` is
 * '</name>', made once by the caller.
 */
function element(
  xml: string,
  name: string,
  close: string,
  from: number,
  to: number,
): [number, number] | null {
  // The usual cell: <v> first, without attributes.
  if (
    xml.charCodeAt(from) === LT &&
    xml.charCodeAt(from + name.length + 1) === GT &&
    xml.startsWith(name, from + 1)
  ) {
    const end = xml.indexOf(close, from);
    if (end < 0 || end > to) throw damagedFile();
    return [from + name.length + 2, end];
  }
  // Tag by tag: the search never runs past the cell, whatever the cell holds.
  for (let at = xml.indexOf('<', from); at >= 0 && at < to; at = xml.indexOf('<', at + 1)) {
    if (!xml.startsWith(name, at + 1)) continue;
    const after = xml.charCodeAt(at + name.length + 1);
    if (after === SLASH) return null;
    if (after !== GT && !isXmlSpace(after)) continue;
    const open = xml.indexOf('>', at);
    if (open < 0 || open >= to) throw damagedFile();
    if (xml.charCodeAt(open - 1) === SLASH) return null;
    const end = xml.indexOf(close, open);
    if (end < 0 || end > to) throw damagedFile();
    return [open + 1, end];
  }
  return null;
}

/**
 * A cell's value; for an error cell, its error ('#REF!') as text, which the caller keeps apart
 * from the values.
 */
function cellValue(
  xml: string,
  from: number,
  to: number,
  kind: Kind,
  tag: TagReader,
  ctx: SheetContext,
): Cell {
  if (kind === 'inline') {
    const is = element(xml, 'is', '</is>', from, to);
    return is ? runText(xml.slice(is[0], is[1])) : null;
  }
  const v = element(xml, 'v', '</v>', from, to);
  if (!v || v[1] === v[0]) return null;
  if (kind === 'shared') {
    const index = digitsAt(xml, v[0], v[1]);
    return ctx.strings[index] ?? null;
  }
  if (kind === 'bool') return v[1] - v[0] === 1 && xml.charCodeAt(v[0]) === 49;
  const raw = xml.slice(v[0], v[1]);
  if (kind === 'text' || kind === 'error') return decodeXml(raw);
  if (kind === 'date') return isoCellDate(decodeXml(raw)) ?? decodeXml(raw);
  const n = Number(raw);
  if (!Number.isFinite(n) || raw.trim() === '') return decodeXml(raw);
  return tag.has(S) && ctx.dates[tag.int(xml, S)] ? serialToIso(n, ctx.date1904) : n;
}

function readMerges(xml: string, from: number): Merge[] {
  const merges: Merge[] = [];
  for (const a of tagAttrs(xml, 'mergeCell', from)) {
    const [first = '', last = ''] = (attr(a, 'ref') ?? '').split(':');
    const [r1, c1] = cellRef(first);
    const [r2, c2] = cellRef(last);
    if (r1 >= 0 && r2 >= 0) merges.push({ r1, c1, r2, c2 });
  }
  return merges;
}

/** Tags read between two pauses of a sliced read: a few milliseconds of work. */
const TAGS_PER_PAUSE = 8_192;

/**
 * The cells of a worksheet part, scanned in place: only <row> and <c> tags inside <sheetData>
 * are looked at, and only the cell's own text is cut out. Rows and cells without an `r`
 * reference follow the one before. Empty cells are left out; every row up to the last is present.
 * Pauses (yields) every few thousand tags, so a caller can read a large sheet in slices.
 */
function* scanSheet(xml: string, ctx: SheetContext): Generator<void, Grid> {
  const rows: Cell[][] = [];
  const errors: CellErrors = new Map();
  const tag = new TagReader('rts');
  const at = { row: -1, col: -1 };
  const start = xml.indexOf('<sheetData');
  const open = start < 0 ? -1 : xml.indexOf('>', start);
  // No <sheetData> or an empty <sheetData/>: a sheet without cells.
  if (open < 0 || xml.charCodeAt(open - 1) === SLASH) return { rows, merges: readMerges(xml, 0) };
  let p = open + 1;
  for (let tags = 0; ; tags++) {
    if (tags === TAGS_PER_PAUSE) {
      tags = 0;
      yield;
    }
    const lt = xml.indexOf('<', p);
    if (lt < 0) throw damagedFile();
    const c1 = xml.charCodeAt(lt + 1);
    if (c1 === LETTER_C && endsName(xml.charCodeAt(lt + 2))) {
      p = tag.read(xml, lt + 2);
      if (!(tag.has(R) && readRef(xml, tag.from[R] as number, tag.to[R] as number, at))) at.col++;
      if (at.row > MAX_DATA_ROWS + 100) throw tooLong();
      if (tag.selfClosing) continue;
      const close = xml.indexOf('</c>', p);
      if (close < 0) throw damagedFile();
      const from = p;
      p = close + 4;
      if (at.col >= MAX_COLUMNS || at.row < 0) continue;
      const kind = kindAt(xml, tag);
      const value = cellValue(xml, from, close, kind, tag, ctx);
      if (value === null || value === '') continue;
      if (kind === 'error') {
        // The row is there, if only with errors: it is listed, never dropped unseen.
        rows[at.row] ??= [];
        const row = errors.get(at.row);
        if (row) row.set(at.col, String(value));
        else errors.set(at.row, new Map([[at.col, String(value)]]));
        continue;
      }
      const cells = (rows[at.row] ??= []);
      cells[at.col] = value;
    } else if (c1 === LETTER_R && xml.startsWith('ow', lt + 2) && endsName(xml.charCodeAt(lt + 4))) {
      p = tag.read(xml, lt + 4);
      const r = tag.has(R) ? tag.int(xml, R) : -1;
      at.row = r >= 1 ? r - 1 : at.row + 1;
      at.col = -1;
      if (at.row > MAX_DATA_ROWS + 100) throw tooLong();
    } else if (c1 === SLASH && xml.startsWith('sheetData', lt + 2)) {
      p = lt;
      break;
    } else if (c1 === LT || Number.isNaN(c1)) {
      throw damagedFile();
    } else {
      p = lt + 1;
    }
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { rows, merges: readMerges(xml, p), ...(errors.size ? { errors } : {}) };
}

export function readSheetXml(xml: string, ctx: SheetContext): Grid {
  const scan = scanSheet(xml, ctx);
  for (;;) {
    const step = scan.next();
    if (step.done) return step.value;
  }
}

const SLICE_MS = 30;

/** The same, in slices of about 30 ms with a turn of the event loop in between. */
export async function readSheetXmlSliced(xml: string, ctx: SheetContext): Promise<Grid> {
  const scan = scanSheet(xml, ctx);
  for (let until = performance.now() + SLICE_MS; ;) {
    const step = scan.next();
    if (step.done) return step.value;
    if (performance.now() >= until) {
      await breathe();
      until = performance.now() + SLICE_MS;
    }
  }
}
