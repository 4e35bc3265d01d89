import { mondayOf, PRINT_DOC_KINDS, type PrintDocKind, type PrintRoute } from '@contract/print/routes';
import { isIsoDate, todayLocal } from '@contract/shared/time';
import { readSource, type FigureSource } from '../../office/figureSource';

/**
 * The 报表打印 page keeps its choice in the URL (#/reports?doc=company&id=12), so "打印简报"
 * elsewhere in the app opens it on the right document and a reload keeps it.
 */
export interface ReportChoice {
  kind: PrintDocKind;
  id: number | null;
  /** Monday of the chosen week. */
  from: string;
  year: number;
  watermark: boolean;
  /** 周调度 and 目标任务 only: this laptop's figures, or the whole office's from the server. */
  source: FigureSource;
}

export function readChoice(params: URLSearchParams): ReportChoice {
  const kind = params.get('doc') as PrintDocKind | null;
  const id = Number(params.get('id'));
  const from = params.get('from') ?? '';
  const year = Number(params.get('year'));
  const today = todayLocal();
  return {
    kind: kind && PRINT_DOC_KINDS.includes(kind) ? kind : 'company',
    id: Number.isSafeInteger(id) && id > 0 ? id : null,
    from: isIsoDate(from) ? mondayOf(from) : mondayOf(today),
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : Number(today.slice(0, 4)),
    watermark: params.get('wm') === '1',
    source: readSource(params),
  };
}

export function choiceParams(c: ReportChoice): Record<string, string> {
  const p: Record<string, string> = { doc: c.kind };
  if ((c.kind === 'company' || c.kind === 'trip') && c.id) p.id = String(c.id);
  if (c.kind === 'weekly') p.from = c.from;
  if (c.kind === 'targets') p.year = String(c.year);
  if (c.watermark) p.wm = '1';
  if (c.source === 'office' && officeKinds.includes(c.kind)) p.src = 'office';
  return p;
}

/** The documents that can be printed for the whole office (全办公室). */
export const officeKinds: readonly PrintDocKind[] = ['weekly', 'targets'];

/** The print route of the choice; null while a company or trip is still to be picked. */
export function choiceRoute(c: ReportChoice): PrintRoute | null {
  const watermark = c.watermark;
  const office = c.source === 'office' ? ({ office: true } as const) : {};
  switch (c.kind) {
    case 'company':
    case 'trip':
      return c.id ? { doc: { kind: c.kind, id: c.id }, watermark } : null;
    case 'weekly':
      return { doc: { kind: 'weekly', from: c.from, ...office }, watermark };
    case 'targets':
      return { doc: { kind: 'targets', year: c.year, ...office }, watermark };
  }
}
