import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { TeamRow } from '@contract/people/schema';
import { formatIndicator, formatPercent, indicatorSuffix, toDisplay } from '../../format/indicator';
import { MoneyCellEditor } from '../../components/money/MoneyCellEditor';
import { TOTALS_UNIT } from '../../format/totals';
import { IndicatorName } from './IndicatorName';
import { scopeKey, type IndicatorRow, type ScopeKey } from './targetRows';
import type { I18nKeyUnder } from '../../i18n/keys';

const num = { type: 'rightAligned', cellClass: 'num ag-right-aligned-cell' };

/**
 * 指标 | 单位 | 全办目标 | 本年完成 | 完成率 | 各队合计 | one column per team. Target cells edit in
 * the unit shown; the grid never keeps a typed value itself: `onEdit` saves it and the page
 * reloads what the database holds.
 */
export function targetColumns(
  t: TFunction,
  teams: TeamRow[],
  onEdit: (row: IndicatorRow, key: ScopeKey, raw: unknown) => void,
  /** Opens the records behind a row's 本年完成, as the 工作台 card does. */
  onOpenActual?: (row: IndicatorRow) => void,
): ColDef<IndicatorRow>[] {
  const f = (k: I18nKeyUnder<'targets'>) => t(`targets.${k}`);
  const shown = (row: IndicatorRow | undefined, v: number | null | undefined): string =>
    row && v !== null && v !== undefined ? formatIndicator(row.unit, v) : '';
  const target = (key: ScopeKey, headerName: string): ColDef<IndicatorRow> => ({
    colId: key,
    headerName,
    ...num,
    width: 128,
    editable: true,
    // Money targets take 1.2亿 / 8000万 like every money field and hand back yuan; counts and
    // rates open on the plain number (84.57), not the grouped text.
    cellEditorSelector: (p) =>
      p.data?.unit === 'yuan'
        ? { component: MoneyCellEditor, popup: true, params: { unit: TOTALS_UNIT } }
        : { component: 'agTextCellEditor' },
    valueGetter: (p) => {
      const v = p.data?.targets[key]?.value;
      if (v === undefined || !p.data) return null;
      return p.data.unit === 'yuan' ? v : toDisplay(p.data.unit, v);
    },
    valueFormatter: (p: ValueFormatterParams<IndicatorRow>) => shown(p.data, p.data?.targets[key]?.value),
    valueSetter: (p) => {
      if (p.data) onEdit(p.data, key, p.newValue);
      return false;
    },
    cellClass: 'num ag-right-aligned-cell target-cell',
  });
  return [
    { colId: 'name', headerName: f('indicator'), width: 210, pinned: 'left', cellRenderer: IndicatorName },
    {
      colId: 'unit',
      headerName: f('unit'),
      width: 76,
      valueGetter: (p) => (p.data ? indicatorSuffix(t, p.data.code, p.data.unit) : ''),
    },
    target('office', f('office')),
    {
      colId: 'actual',
      headerName: f('actual'),
      ...num,
      width: 120,
      valueGetter: (p) => shown(p.data, p.data?.actual),
      onCellClicked: (p) => p.data && onOpenActual?.(p.data),
      cellClass: 'num ag-right-aligned-cell target-actual',
    },
    {
      colId: 'rate',
      headerName: f('rate'),
      ...num,
      width: 84,
      valueGetter: (p) => (p.data?.percentDone == null ? '' : formatPercent(p.data.percentDone)),
    },
    ...(teams.length
      ? [
          {
            colId: 'teamsSum',
            headerName: f('teamsSum'),
            ...num,
            width: 110,
            valueGetter: (p: { data?: IndicatorRow }) => shown(p.data, p.data?.teamsSum),
          } satisfies ColDef<IndicatorRow>,
        ]
      : []),
    ...teams.map((g) => target(scopeKey(g.id), g.name)),
  ];
}
