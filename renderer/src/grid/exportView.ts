import type { GridApi } from 'ag-grid-community';
import type { ExportColumn, ExportKind } from '@contract/exporters/schema';
import type { ListQueryInput } from '@contract/shared/listQuery';
import type { ChannelName } from '@contract/channels';
import { call } from '../api';
import type { MoneyUnit } from '../format/money';
import { saveDownload } from './download';

export type ListChannel = Extract<ChannelName, `${string}.list`>;

// What a column holds, read from its field name where the grid does not say: the list rows use
// the same names everywhere (…Amount in yuan, …On dates, …At timestamps, is… flags).
const BY_NAME: [RegExp, ExportKind][] = [
  [/(Amount|Capital)$/, 'money'],
  [/On$/, 'date'],
  [/At$/, 'datetime'],
  [/^(mobile|phone)$/i, 'phone'],
  [/^(is[A-Z]|.*Done$|overdue$)/, 'bool'],
  [/(Adcode|adcode)$/, 'region'],
  [/^stage$/, 'stage'],
  [/^tier$/, 'tier'],
  [/^kind$/, 'interactionKind'],
  [/^category$/, 'issueCategory'],
  [/^keyLevel$/, 'keyLevel'],
  [/(Count|days|daysInStage|landMu|headcount|seq)$/, 'number'],
];

export function exportKind(field: string): ExportKind {
  return BY_NAME.find(([re]) => re.test(field))?.[1] ?? 'text';
}

/** The columns on screen, in their order, with the headers people see. */
export function visibleColumns<T>(api: GridApi<T>, kinds: Record<string, ExportKind> = {}): ExportColumn[] {
  return api
    .getAllDisplayedColumns()
    .map((c) => c.getColDef())
    .filter((d) => typeof d.field === 'string' && d.field !== '')
    .map((d) => {
      const field = d.field as string;
      return { field, header: d.headerName ?? field, kind: kinds[field] ?? exportKind(field) };
    });
}

export interface ExportGridOptions {
  /** The grid's list channel, e.g. 'companies.list'. */
  channel: ListChannel;
  /** What is on screen: filters, sort and search (paging is ignored). */
  query: ListQueryInput;
  columns: ExportColumn[];
  /** Sheet and file name. */
  title: string;
  unit: MoneyUnit;
}

/** Exports a grid view to .xlsx and starts the download; resolves with the file name. */
export async function exportGridView(options: ExportGridOptions): Promise<string> {
  const { offset: _o, limit: _l, ...query } = options.query;
  const file = await call('export.view', {
    channel: options.channel,
    query,
    columns: options.columns,
    title: options.title,
    unit: options.unit,
  });
  saveDownload(file);
  return file.fileName;
}
