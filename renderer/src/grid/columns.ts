import type { ColDef, ValueFormatterParams, ValueParserParams } from 'ag-grid-community';
import { MoneyCellEditor } from '../components/money/MoneyCellEditor';
import { formatDateZh } from '../format/date';
import { formatMoney, type MoneyUnit } from '../format/money';
import { moneyCellValue } from '../format/moneyInput';
import { SetFilter } from './SetFilter';

// Column builders shared by every grid, so the same kind of value looks and filters alike.
const oneCondition = { maxNumConditions: 1, buttons: ['reset'] };

export function textCol<T>(field: string, headerName: string, width = 140, extra: ColDef<T> = {}): ColDef<T> {
  return {
    field: field as ColDef<T>['field'],
    colId: field,
    headerName,
    width,
    filter: 'agTextColumnFilter',
    filterParams: oneCondition,
    ...extra,
  };
}

export function numberCol<T>(
  field: string,
  headerName: string,
  width = 100,
  extra: ColDef<T> = {},
): ColDef<T> {
  return {
    field: field as ColDef<T>['field'],
    colId: field,
    headerName,
    width,
    filter: 'agNumberColumnFilter',
    filterParams: oneCondition,
    // Set explicitly: a colDef's own cellClass would override the 'rightAligned' column type's.
    cellClass: ['num', 'ag-right-aligned-cell'],
    headerClass: 'ag-right-aligned-header',
    ...extra,
  };
}

/**
 * Money stored in yuan, shown and filtered in the user's unit. Edits go through the money
 * cell editor (1.2亿, 8000万 or a bare number in that unit), which hands the grid whole yuan.
 */
export function moneyCol<T>(
  field: string,
  headerName: string,
  unit: MoneyUnit,
  unitLabel: string,
  extra: ColDef<T> = {},
): ColDef<T> {
  return numberCol<T>(field, `${headerName}（${unitLabel}）`, 150, {
    valueFormatter: (p: ValueFormatterParams<T>) => formatMoney(p.value as number | null, unit),
    cellEditor: MoneyCellEditor,
    cellEditorPopup: true,
    valueParser: (p: ValueParserParams<T>) => moneyCellValue(p.newValue, p.oldValue, unit),
    ...extra,
  });
}

export function dateCol<T>(field: string, headerName: string, width = 134, extra: ColDef<T> = {}): ColDef<T> {
  return {
    field: field as ColDef<T>['field'],
    colId: field,
    headerName,
    width,
    filter: 'agDateColumnFilter',
    filterParams: { ...oneCondition, inRangeInclusive: true },
    valueFormatter: (p: ValueFormatterParams<T>) => formatDateZh(p.value as string | null),
    ...extra,
  };
}

export function setCol<T>(
  field: string,
  headerName: string,
  options: { value: string | number; label: string }[],
  width = 100,
  extra: ColDef<T> = {},
): ColDef<T> {
  const labels = new Map(options.map((o) => [o.value, o.label]));
  return {
    field: field as ColDef<T>['field'],
    colId: field,
    headerName,
    width,
    filter: SetFilter,
    filterParams: { options },
    valueFormatter: (p: ValueFormatterParams<T>) =>
      labels.get(p.value as string) ?? (p.value as string) ?? '',
    ...extra,
  };
}
