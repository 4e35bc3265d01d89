import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { COMPANY_TIERS, type CompanyRow } from '@contract/companies/schema';
import { formatDateTimeZh } from '../../format/date';
import type { MoneyUnit } from '../../format/money';
import type { I18nKeyUnder } from '../../i18n/keys';
import { moneyCol, numberCol, setCol, textCol } from '../../grid/columns';
import { CountLinkCell, type CountLinkParams } from './CountLinkCell';
import type { CompanySection } from './story/sections';

export function companyColumns(
  t: TFunction,
  unit: MoneyUnit,
  regionName: (code: number | null) => string,
  openSection: (id: number, section: CompanySection) => void,
): ColDef<CompanyRow>[] {
  const f = (k: I18nKeyUnder<'companies.fields'>) => t(`companies.fields.${k}`);
  // The counts open the company on the tab that lists them, with the same numbers.
  const countLink = (section: CompanySection, what: string): ColDef<CompanyRow> => ({
    filter: false,
    cellRenderer: CountLinkCell,
    cellRendererParams: {
      section,
      title: t('companies.countLink', { what }),
      onOpen: openSection,
    } satisfies CountLinkParams,
  });
  return [
    textCol('name', f('name'), 280, { pinned: 'left', lockVisible: true }),
    textCol('creditCode', f('creditCode'), 190),
    textCol('industry', f('industry'), 120),
    textCol('chain', f('chain'), 120),
    setCol(
      'tier',
      f('tier'),
      COMPANY_TIERS.map((v) => ({ value: v, label: t(`tier.${v}`) })),
      110,
    ),
    setCol('isChainLeader', f('isChainLeader'), [{ value: 1, label: '链主' }], 90, {
      valueFormatter: (p) => (p.value ? '链主' : ''),
    }),
    {
      field: 'hqAdcode',
      colId: 'hqAdcode',
      headerName: f('hqAdcode'),
      width: 170,
      filter: false,
      valueFormatter: (p) => regionName((p.value as number | null) ?? null),
    },
    textCol('sourceChannel', f('sourceChannel'), 110),
    moneyCol('registeredCapital', f('registeredCapital'), unit, t(`money.${unit}`)),
    numberCol(
      'projectCount',
      f('projectCount'),
      90,
      countLink('projects', t('companies.story.tabs.projects')),
    ),
    numberCol(
      'contactCount',
      f('contactCount'),
      90,
      countLink('contacts', t('companies.story.tabs.contacts')),
    ),
    {
      field: 'updatedAt',
      colId: 'updatedAt',
      headerName: f('updatedAt'),
      width: 170,
      filter: false,
      valueFormatter: (p) => formatDateTimeZh(p.value as string),
    },
  ];
}
