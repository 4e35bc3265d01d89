import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { CompanyRow } from '../../../../main/domain/companies/schema';
import { formatDateTimeZh } from '../../format/date';
import { formatMoney, type MoneyUnit } from '../../format/money';

const text = { filter: 'agTextColumnFilter', filterParams: { maxNumConditions: 1, buttons: ['reset'] } };
const number = {
  filter: 'agNumberColumnFilter',
  filterParams: { maxNumConditions: 1, buttons: ['reset'] },
  type: 'rightAligned',
  cellClass: 'num',
};

export function companyColumns(
  t: TFunction,
  unit: MoneyUnit,
  regionName: (code: number | null) => string,
): ColDef<CompanyRow>[] {
  const f = (k: string) => t(`companies.fields.${k}`);
  return [
    { field: 'name', headerName: f('name'), ...text, width: 280, pinned: 'left' },
    { field: 'creditCode', headerName: f('creditCode'), ...text, width: 190 },
    { field: 'industry', headerName: f('industry'), ...text, width: 120 },
    { field: 'chain', headerName: f('chain'), ...text, width: 120 },
    {
      field: 'tier',
      headerName: f('tier'),
      width: 110,
      filter: false,
      valueFormatter: (p: ValueFormatterParams<CompanyRow>) => (p.value ? t(`tier.${String(p.value)}`) : ''),
    },
    {
      field: 'isChainLeader',
      headerName: f('isChainLeader'),
      width: 90,
      filter: false,
      valueFormatter: (p: ValueFormatterParams<CompanyRow>) => (p.value ? '链主' : ''),
    },
    {
      field: 'hqAdcode',
      headerName: f('hqAdcode'),
      width: 150,
      filter: false,
      valueFormatter: (p: ValueFormatterParams<CompanyRow>) => regionName((p.value as number | null) ?? null),
    },
    { field: 'sourceChannel', headerName: f('sourceChannel'), ...text, width: 110 },
    {
      field: 'registeredCapital',
      headerName: `${f('registeredCapital')}（${t(`money.${unit}`)}）`,
      ...number,
      width: 150,
      valueFormatter: (p: ValueFormatterParams<CompanyRow>) => formatMoney(p.value as number | null, unit),
    },
    { field: 'projectCount', headerName: f('projectCount'), ...number, filter: false, width: 90 },
    { field: 'contactCount', headerName: f('contactCount'), ...number, filter: false, width: 90 },
    {
      field: 'updatedAt',
      headerName: f('updatedAt'),
      width: 170,
      filter: false,
      valueFormatter: (p: ValueFormatterParams<CompanyRow>) => formatDateTimeZh(p.value as string),
    },
  ];
}
