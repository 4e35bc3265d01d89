// Pure: the four printed documents as routes of the renderer. The print channel accepts these
// and nothing else, and the renderer builds its links with the same functions, so a route the
// app offers is always one the host will print.
import { isIsoDate } from '../shared/time';

export const PRINT_DOC_KINDS = ['company', 'trip', 'weekly', 'targets'] as const;
export type PrintDocKind = (typeof PRINT_DOC_KINDS)[number];

export type PrintDoc =
  | { kind: 'company'; id: number }
  | { kind: 'trip'; id: number }
  /**
   * `from` is the Monday the week starts on. `office`: the whole office's figures as the office
   * server computes them (全办公室), not this laptop's own.
   */
  | { kind: 'weekly'; from: string; office?: true }
  | { kind: 'targets'; year: number; office?: true };

export interface PrintRoute {
  doc: PrintDoc;
  /** 内部资料 and the user's name across every page. */
  watermark: boolean;
}

export const PRINT_PREFIX = '/print/';
export const MIN_REPORT_YEAR = 2000;
export const MAX_REPORT_YEAR = 2100;

const WATERMARK = 'watermark=1';
const OFFICE = '&office=1';
// Anchored, no alternatives that overlap: the whole string is one of these or it is refused.
const BY_ID = /^\/print\/(company|trip)\/([1-9][0-9]{0,14})(?:\?watermark=1)?$/;
const WEEKLY = /^\/print\/weekly\?from=(\d{4}-\d{2}-\d{2})(&office=1)?(?:&watermark=1)?$/;
const TARGETS = /^\/print\/targets\?year=(\d{4})(&office=1)?(?:&watermark=1)?$/;

/** The route of a document, e.g. '/print/weekly?from=2026-11-16&watermark=1' (no leading '#'). */
export function printRoutePath({ doc, watermark }: PrintRoute): string {
  const wm = watermark ? WATERMARK : '';
  switch (doc.kind) {
    case 'company':
    case 'trip':
      return `${PRINT_PREFIX}${doc.kind}/${doc.id}${wm ? `?${wm}` : ''}`;
    case 'weekly':
      return `${PRINT_PREFIX}weekly?from=${doc.from}${doc.office ? OFFICE : ''}${wm ? `&${wm}` : ''}`;
    case 'targets':
      return `${PRINT_PREFIX}targets?year=${doc.year}${doc.office ? OFFICE : ''}${wm ? `&${wm}` : ''}`;
  }
}

/** The document a route names, or null for anything that is not exactly one of the four routes. */
export function parsePrintRoute(route: string): PrintRoute | null {
  if (typeof route !== 'string' || route.length > 80) return null;
  const watermark = route.endsWith(WATERMARK);
  const byId = BY_ID.exec(route);
  if (byId) {
    const id = Number(byId[2]);
    if (!Number.isSafeInteger(id)) return null;
    return { doc: { kind: byId[1] as 'company' | 'trip', id }, watermark };
  }
  const weekly = WEEKLY.exec(route);
  if (weekly) {
    const from = weekly[1] as string;
    const office = weekly[2] ? ({ office: true } as const) : {};
    return isIsoDate(from) ? { doc: { kind: 'weekly', from, ...office }, watermark } : null;
  }
  const targets = TARGETS.exec(route);
  if (targets) {
    const year = Number(targets[1]);
    return year >= MIN_REPORT_YEAR && year <= MAX_REPORT_YEAR
      ? { doc: { kind: 'targets', year, ...(targets[2] ? ({ office: true } as const) : {}) }, watermark }
      : null;
  }
  return null;
}

export const isPrintPath = (path: string): boolean => path.startsWith(PRINT_PREFIX);

/** The Monday of the week a day falls in (the office's weeks run Monday to Sunday); `day` must be a valid date. */
export function mondayOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}
