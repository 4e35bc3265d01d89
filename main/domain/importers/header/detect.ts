import { IGNORED_HEADERS, type FieldDef } from '@contract/importers/fields';
import { cellText, type Cell, type Grid } from '../files/grid';
import { unitInText, type AmountUnit } from '../parse/amount';
import { headerKey } from './words';

const SCAN_ROWS = 30;

export interface Layout {
  /** Row index (0-based) of the header; with a two-level header, the upper row. */
  headerRow: number;
  /** First row of data. */
  dataStart: number;
  /** One text per column; a two-level header joins group and sub-header ("投资额 总投资"). */
  headers: string[];
  /** "单位：万元" written above the table applies to amount columns without their own unit. */
  unitHint: AmountUnit | null;
  /** A title line above the header (merged across the table), if any. */
  title: string | null;
}

const nonEmpty = (row: Cell[] | undefined): Cell[] => (row ?? []).filter((c) => cellText(c).trim() !== '');

function rowScore(row: Cell[] | undefined, words: Set<string>): number {
  let score = 0;
  for (const c of row ?? []) {
    if (typeof c === 'number') score -= 1;
    if (typeof c !== 'string') continue;
    const key = headerKey(c);
    if (!key) continue;
    if (words.has(key)) score += 3;
    else if ([...words].some((w) => w.length >= 2 && key.length >= 2 && (key.includes(w) || w.includes(key))))
      score += 1;
  }
  return nonEmpty(row).length >= 2 ? score : -100;
}

/** The row that reads most like this target's header among the first rows (merged titles skipped). */
export function detectHeaderRow(grid: Grid, fields: FieldDef[]): number {
  const words = new Set([...fields.flatMap((f) => f.synonyms), ...IGNORED_HEADERS].map(headerKey));
  let best = 0;
  let bestScore = -Infinity;
  for (let r = 0; r < Math.min(SCAN_ROWS, grid.rows.length); r++) {
    const score = rowScore(grid.rows[r], words);
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}

/** Header texts and where data starts, given the header row (detected or chosen by the person). */
export function layoutAt(grid: Grid, headerRow: number): Layout {
  const top = grid.rows[headerRow] ?? [];
  const groups = grid.merges.filter((m) => m.r1 === headerRow && m.r2 === headerRow && m.c2 > m.c1);
  const below = grid.rows[headerRow + 1] ?? [];
  const twoLevel = groups.length > 0 && groups.some((g) => nonEmpty(below.slice(g.c1, g.c2 + 1)).length > 0);
  const width = Math.max(top.length, twoLevel ? below.length : 0);
  const headers: string[] = [];
  for (let c = 0; c < width; c++) {
    const group = groups.find((g) => g.c1 <= c && c <= g.c2);
    const upper = cellText(group ? top[group.c1] : top[c]).trim();
    const lower = twoLevel ? cellText(below[c]).trim() : '';
    headers.push(group && lower ? `${upper} ${lower}` : upper || lower);
  }
  let unitHint: AmountUnit | null = null;
  let title: string | null = null;
  for (let r = 0; r < headerRow; r++) {
    for (const c of nonEmpty(grid.rows[r])) {
      const t = cellText(c);
      if (/单位/.test(t)) unitHint = unitInText(t.slice(t.indexOf('单位'))) ?? unitHint;
      else if (!title && t.length >= 4) title = t.trim();
    }
  }
  return { headerRow, dataStart: headerRow + (twoLevel ? 2 : 1), headers, unitHint, title };
}
