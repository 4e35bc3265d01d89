import { cellText, type Grid } from '../files/grid';

/** Where the names of a ledger come from, for the year of dates written without one. */
export interface YearSources {
  fileName: string;
  sheetName: string;
  /** The importDefaultYear setting: the last resort. */
  setting: number;
  /** A year the person chose in the wizard: it overrides the file. */
  chosen?: number;
}

export interface DatesYear {
  year: number;
  /** Said to the person next to each date: 表头“2021年…台账”, 工作表名“…”, 文件名“…”, 导入设置. */
  source: string;
}

// In a title a year is written as one ("2021年招商项目台账", "2021年度"); a sheet or file name may
// also carry it bare ("台账2021.xlsx"), never as part of a longer number (a phone, a date 20210521).
const TITLE_YEAR = /(?<!\d)((?:19|20)\d{2})\s*年/;
const NAME_YEAR = /(?<!\d)((?:19|20)\d{2})(?:\s*年|(?!\d))/;

const quoted = (text: string): string => {
  const t = text.trim().replace(/\s+/g, ' ');
  return `“${t.length > 24 ? `${t.slice(0, 24)}…` : t}”`;
};

function yearIn(text: string, pattern: RegExp): number | null {
  const m = pattern.exec(text);
  const year = m ? Number(m[1]) : NaN;
  return year >= 1950 && year <= 2100 ? year : null;
}

/**
 * The year of a ledger kept for one year: the person's own choice first, then the rows above
 * the header (the title), the sheet name, the file name, and the setting.
 */
export function datesYear(grid: Grid, headerRow: number, sources: YearSources): DatesYear {
  if (sources.chosen !== undefined) return { year: sources.chosen, source: '导入时选择' };
  for (let r = 0; r < headerRow; r++) {
    for (const cell of grid.rows[r] ?? []) {
      const text = cellText(cell);
      const year = yearIn(text, TITLE_YEAR);
      if (year !== null) return { year, source: `表头${quoted(text)}` };
    }
  }
  const sheetYear = yearIn(sources.sheetName, NAME_YEAR);
  if (sheetYear !== null) return { year: sheetYear, source: `工作表名${quoted(sources.sheetName)}` };
  const fileYear = yearIn(sources.fileName, NAME_YEAR);
  if (fileYear !== null) return { year: fileYear, source: `文件名${quoted(sources.fileName)}` };
  return { year: sources.setting, source: '导入设置' };
}
