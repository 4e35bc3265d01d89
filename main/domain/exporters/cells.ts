import type { CompanyTier } from '@contract/companies/schema';
import { INTERACTION_KIND_LABELS } from '@contract/interactions/kinds';
import { KEY_LEVEL_LABELS } from '@contract/projects/schema';
import { STAGE_LABELS } from '@contract/projects/pipelineStages';
import { ISSUE_CATEGORY_LABELS, ISSUE_STATUS_LABELS } from '@contract/serviceIssues/schema';
import { regionPath } from '@contract/shared/regions';
import type { ExportKind } from '@contract/exporters/schema';

export const TIER_LABELS: Record<CompanyTier, string> = {
  global500: '世界500强',
  china500: '中国500强',
  soe: '央企/国企',
  private100: '民企100强',
  listed: '上市公司',
  specialized: '专精特新',
  other: '其他',
};

const LABELS: Partial<Record<ExportKind, Record<string, string>>> = {
  stage: STAGE_LABELS,
  tier: TIER_LABELS,
  interactionKind: INTERACTION_KIND_LABELS,
  issueCategory: ISSUE_CATEGORY_LABELS,
  issueStatus: ISSUE_STATUS_LABELS,
  keyLevel: KEY_LEVEL_LABELS,
};

/**
 * Text that a spreadsheet could take for a formula (=, +, -, @, tab, CR at the start) gets a
 * leading apostrophe: opened, edited or saved as CSV, the cell stays text. So does text that
 * already starts with apostrophes before such a character ('=…), or the importer, which removes
 * exactly one apostrophe, would give back something else than was written.
 */
export function neutralise(text: string): string {
  const shown = visibleControls(text);
  return /^'*[=+\-@\t\r]/.test(shown) ? `'${shown}` : shown;
}

/**
 * XML (and so xlsx) cannot hold control characters other than tab, line feed and carriage
 * return; a writer drops them without a word. They are kept visible instead, as their Unicode
 * control pictures (NUL -> ␀, U+2400 + code): the person sees that something was there.
 */
export function visibleControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)));
}

export const UNIT_DIVISOR = { wan: 10_000, yi: 100_000_000 } as const;
export const UNIT_NAME = { wan: '万元', yi: '亿元' } as const;

/** A header for a money column names its unit once: 计划投资（万元）. */
export function moneyHeader(header: string, unit: keyof typeof UNIT_NAME): string {
  return /[（(](万元|亿元|元)[)）]/.test(header) ? header : `${header}（${UNIT_NAME[unit]}）`;
}

export type CellOut = string | number | Date | null;

/** A value from a list row as a spreadsheet cell of its kind. */
export function exportCell(kind: ExportKind, value: unknown, unit: keyof typeof UNIT_DIVISOR): CellOut {
  if (value === null || value === undefined || value === '') return null;
  switch (kind) {
    case 'money':
      return typeof value === 'number' ? value / UNIT_DIVISOR[unit] : null;
    case 'number':
      return typeof value === 'number' ? value : Number(value);
    case 'date': {
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(value));
      return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : neutralise(String(value));
    }
    case 'datetime': {
      const d = new Date(String(value));
      return Number.isNaN(d.getTime())
        ? neutralise(String(value))
        : new Date(d.getTime() - d.getTimezoneOffset() * 60_000);
    }
    case 'bool':
      return value === true || value === 1 ? '是' : '否';
    case 'region':
      return regionPath(Number(value), '') || String(value);
    case 'phone':
    case 'text':
      return neutralise(String(value));
    default:
      return neutralise(LABELS[kind]?.[String(value)] ?? String(value));
  }
}

/**
 * Money reads as the office writes it: 12 as “12”, 12.5 as “12.5”, 1,234.5678 with its four
 * places (万元 to the yuan). No single Excel format does that — “#,##0.##” shows 12 as “12.” in
 * Excel and WPS alike, and “#,##0.00” pads every whole amount with “.00” — so whole amounts get
 * the integer format and the rest the one with up to four places. The cell stays a number either
 * way, so sums and filters work on it.
 */
export const MONEY_FORMAT = { whole: '#,##0', fraction: '#,##0.####' } as const;

const showsWhole = (value: number): boolean => Math.round(value * 10_000) % 10_000 === 0;

/** The number format of a cell of this kind; for money it depends on the amount itself. */
export function numberFormat(kind: ExportKind, value?: CellOut): string | undefined {
  if (kind === 'money')
    return typeof value === 'number' && !showsWhole(value) ? MONEY_FORMAT.fraction : MONEY_FORMAT.whole;
  if (kind === 'date') return 'yyyy-mm-dd';
  if (kind === 'datetime') return 'yyyy-mm-dd hh:mm';
  if (kind === 'phone' || kind === 'text') return '@';
  return undefined;
}
