import type { ColumnFilter, ListQueryInput, SortItem } from '@contract/shared/listQuery';

/** The parts of ag-grid's filter models we accept (one condition per column). */
interface AgFilter {
  filterType?: string;
  type?: string;
  filter?: string | number | null;
  filterTo?: number | null;
  dateFrom?: string | null;
  dateTo?: string | null;
  values?: (string | number | boolean | null)[];
}

export interface GridRequest {
  startRow: number;
  endRow: number;
  sortModel: { colId: string; sort: 'asc' | 'desc' }[];
  filterModel: Record<string, AgFilter> | null;
}

/** Money columns are filtered in the unit shown (万元/亿元) but stored in yuan. */
export type ColumnScales = Record<string, number>;

const day = (s: string | null | undefined): string | undefined => (s ? s.slice(0, 10) : undefined);

function toFilter(f: AgFilter, scale: number): ColumnFilter | null {
  const op = f.type ?? 'contains';
  switch (f.filterType) {
    case 'text':
      return {
        type: 'text',
        op: op as Extract<ColumnFilter, { type: 'text' }>['op'],
        value: f.filter == null ? undefined : String(f.filter),
      };
    case 'number': {
      const n = (v: number | string | null | undefined) =>
        v == null || v === '' ? undefined : Number(v) * scale;
      return {
        type: 'number',
        op: op as Extract<ColumnFilter, { type: 'number' }>['op'],
        value: n(f.filter),
        valueTo: n(f.filterTo),
      };
    }
    case 'date':
      return {
        type: 'date',
        op: op as Extract<ColumnFilter, { type: 'date' }>['op'],
        value: day(f.dateFrom),
        valueTo: day(f.dateTo),
      };
    case 'set':
      return { type: 'set', values: f.values ?? [] };
    default:
      return null;
  }
}

/** ag-grid's infinite-model request → the contract's ListQuery (one page, SQL-side sort and filter). */
export function toListQuery(
  req: GridRequest,
  q: string | undefined,
  scales: ColumnScales = {},
): ListQueryInput {
  const filters: Record<string, ColumnFilter> = {};
  for (const [col, f] of Object.entries(req.filterModel ?? {})) {
    const converted = toFilter(f, scales[col] ?? 1);
    if (converted) filters[col] = converted;
  }
  const sort: SortItem[] = req.sortModel.map((s) => ({ col: s.colId, dir: s.sort }));
  const query: ListQueryInput = {
    offset: req.startRow,
    limit: Math.max(1, Math.min(500, req.endRow - req.startRow)),
    sort,
    filters,
  };
  if (q && q.trim()) query.q = q.trim();
  return query;
}
