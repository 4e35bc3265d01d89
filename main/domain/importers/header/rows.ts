import { cellText, type Cell } from '../files/grid';
import { EXAMPLE_MARK } from '../templateExamples';

export type SkipReason = 'blank' | 'total' | 'header' | 'section' | 'note' | 'example';

export const SKIP_LABELS: Record<SkipReason, string> = {
  blank: '空行',
  total: '合计行',
  header: '重复的表头',
  section: '分组标题行',
  note: '表尾说明',
  example: '填写示例',
};

const TOTAL = /^(合计|总计|小计|累计|总合计|全部合计|共计)([:：(（].*)?$/;
const SECTION =
  /^([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[类批部分])/;
const FOOTER = /^(注|备注|说明|填表|填报|制表|审核|统计|单位负责人|负责人|联系人)[:：\s]/;

/**
 * Rows inside a ledger that are not records: blank lines, 合计/小计 lines, the header repeated on
 * every printed page, group titles like "一、新签约项目", notes under the table, and the example
 * row of our own 导入模板 (示例 in its first cell), left in by whoever filled it in.
 */
export function skipReason(cells: Cell[] | undefined, headers: string[]): SkipReason | null {
  return rowSkipper(headers)(cells);
}

/** skipReason for one sheet, its header words prepared once. */
export function rowSkipper(headers: string[]): (cells: Cell[] | undefined) => SkipReason | null {
  // A header repeated on every printed page is the same text: compared as written, spaces aside.
  const headerSet = new Set(headers.map(squeeze).filter(Boolean));
  return (cells) => classify(cells, headerSet);
}

/** JavaScript's white space (what \s matches): a character loop, since most cells hold none. */
const isSpace = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/** The text without white space, as .replace(/\s+/g, '') gives it. */
function squeeze(t: string): string {
  for (let i = 0; i < t.length; i++) if (isSpace(t.charCodeAt(i))) return t.replace(/\s+/g, '');
  return t;
}

function classify(cells: Cell[] | undefined, headerSet: Set<string>): SkipReason | null {
  const filled: string[] = [];
  for (const c of cells ?? []) {
    const t = cellText(c).trim();
    if (t !== '') filled.push(t);
  }
  if (filled.length === 0) return 'blank';
  if (cellText(cells?.[0]).trim() === EXAMPLE_MARK) return 'example';
  // A 合计 label is a few characters: a long text is not one, and is not read letter by letter.
  if (filled.slice(0, 3).some((t) => t.length <= 40 && TOTAL.test(squeeze(t)))) return 'total';
  let repeats = 0;
  for (const t of filled) if (t.length <= 40 && headerSet.has(squeeze(t))) repeats++;
  if (repeats >= 2 && repeats >= filled.length / 2) return 'header';
  if (filled.length === 1) {
    const only = filled[0] as string;
    if (FOOTER.test(only)) return 'note';
    if (SECTION.test(only)) return 'section';
  }
  return null;
}
