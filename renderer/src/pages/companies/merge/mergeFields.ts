import type { TFunction } from 'i18next';
import type { Company } from '@contract/companies/schema';
import { MERGE_FIELDS, type MergeField } from '@contract/companyMerge/schema';
import { regionLabel } from '../../../components/RegionSelect';
import { formatMoney, type MoneyUnit } from '../../../format/money';

/** One row of the comparison: a field, or 经纬度 standing for lng and lat together. */
export interface MergeRow {
  key: string;
  label: string;
  fields: MergeField[];
}

export type Side = 'keep' | 'drop';

export function mergeRows(t: TFunction): MergeRow[] {
  const rows: MergeRow[] = [];
  for (const f of MERGE_FIELDS) {
    if (f === 'lat') continue;
    rows.push(
      f === 'lng'
        ? { key: 'coordinates', label: t('companyMerge.coordinates'), fields: ['lng', 'lat'] }
        : { key: f, label: t(`companies.fields.${f}`), fields: [f] },
    );
  }
  return rows;
}

const blank = (v: unknown): boolean => v === null || v === undefined || v === '' || v === false;

/** What a person reads in the comparison for one side of a row. */
export function display(c: Company, row: MergeRow, t: TFunction, unit: MoneyUnit): string {
  const v = c[row.fields[0] as MergeField];
  if (row.key === 'coordinates') return c.lng === null || c.lat === null ? '' : `${c.lng}, ${c.lat}`;
  if (blank(v)) return '';
  switch (row.key) {
    case 'tier':
      return c.tier ? t(`tier.${c.tier}`) : '';
    case 'isChainLeader':
      return t('common.yes');
    case 'hqAdcode':
      return regionLabel(v as number);
    case 'registeredCapital':
      return `${formatMoney(v as number, unit)} ${t(`money.${unit}`)}`;
    default:
      return String(v);
  }
}

/** The surviving company's value by default; the other's where the surviving one has none. */
export function defaultChoice(keep: Company, drop: Company, row: MergeRow): Side {
  const empty = (c: Company) => row.fields.every((f) => blank(c[f]));
  return empty(keep) && !empty(drop) ? 'drop' : 'keep';
}
