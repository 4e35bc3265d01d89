import type { TFunction } from 'i18next';
import type { AuditEntryView } from '@contract/audit/schema';
import { formatDateTimeZh, formatDateZh } from '../../format/date';
import { formatMoney, MONEY_UNIT_LABEL, type MoneyUnit } from '../../format/money';
import { codedValueLabel } from './valueLabels';
import { ancestry } from '@contract/shared/regions';
import { COMPANY_TIERS } from '@contract/companies/schema';
import { isI18nKey } from '../../i18n/keys';

/** One field of an audit entry as a person reads it: label, old value, new value. */
export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

/** Where each record kind keeps its own field labels (the page's i18n area). */
const FIELD_LABELS: Record<string, string[]> = {
  company: ['companies.fields'],
  contact: ['contacts.fields'],
  project: ['projects.detail.fields'],
  interaction: ['interactions.fields'],
  reception: ['receptions.fields'],
  trip: ['trips.fields'],
  tripStop: ['trips.fields'],
  stopVisit: ['trips.fields'],
  stopEvent: ['trips.fields'],
  serviceIssue: ['serviceIssues.fields'],
  target: ['targets.fields'],
  staff: ['people.fields'],
  team: ['people.fields'],
  attachment: ['attachments.fields'],
};

/** Whole-yuan amounts, shown in the person's 万元/亿元. */
const MONEY_FIELDS = new Set([
  'registeredCapital',
  'plannedAmount',
  'contractAmount',
  'annualPlanAmount',
  'completedAmount',
  'amount',
]);
/** Bookkeeping fields that change with every edit and say nothing to the reader. */
const HIDDEN_FIELDS = new Set(['updatedAt', 'createdAt', 'nameKey']);
const MAX_TEXT = 120;

export function fieldLabel(t: TFunction, entity: string, field: string): string {
  for (const prefix of [...(FIELD_LABELS[entity] ?? []), 'history.fields']) {
    const key = `${prefix}.${field}`;
    if (isI18nKey(key)) return t(key);
  }
  return field;
}

export function entityLabel(t: TFunction, entry: Pick<AuditEntryView, 'entity' | 'entityLabel'>): string {
  const key = `history.entities.${entry.entity}`;
  return isI18nKey(key) ? t(key) : entry.entityLabel;
}

/** How one stored value reads on the page: names for ids, Chinese for codes, 万元/亿元 for money. */
export function formatValue(
  t: TFunction,
  field: string,
  value: unknown,
  unit: MoneyUnit,
  context: { entity?: string; names?: AuditEntryView['names'] } = {},
): string {
  if (value === null || value === undefined || value === '') return t('history.blank');
  const names = context.names?.[field];
  if (names !== undefined || isIdField(field)) {
    const ids = Array.isArray(value) ? value : [value];
    if (ids.length === 0) return t('history.blank');
    return ids.map((id) => names?.[String(id)] ?? t('history.deletedRef', { id: String(id) })).join('、');
  }
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number' && /[aA]dcode$/.test(field)) {
    const chain = ancestry(value).map((r) => r.name);
    return chain.length ? chain.join('') : String(value);
  }
  if (typeof value === 'number' && MONEY_FIELDS.has(field))
    return `${formatMoney(value, unit)} ${MONEY_UNIT_LABEL[unit]}`;
  if (typeof value === 'string') {
    const coded = codedValueLabel(context.entity ?? '', field, value);
    if (coded !== undefined) return coded;
    if (field === 'tier') {
      const tier = COMPANY_TIERS.find((v) => v === value);
      return tier ? t(`tier.${tier}`) : value;
    }
    if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDateTimeZh(value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDateZh(value);
    return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value;
  }
  if (Array.isArray(value)) return value.length ? value.map(String).join('、') : t('history.blank');
  const json = JSON.stringify(value);
  return json.length > MAX_TEXT ? `${json.slice(0, MAX_TEXT)}…` : json;
}

/** Id fields (companyId, staffIds …) never show as bare numbers, even when the record is gone. */
const isIdField = (field: string): boolean => /^[a-z][A-Za-z]*Ids?$/.test(field);

/** A setting's value as the 设置 page words it. */
function settingValue(t: TFunction, key: string, value: unknown, unit: MoneyUnit): string {
  if (value === null || value === undefined || value === '') return t('history.blank');
  if (key === 'moneyUnit' && (value === 'wan' || value === 'yi')) return MONEY_UNIT_LABEL[value];
  const language = `history.settingValues.language.${String(value)}`;
  if (key === 'language') return isI18nKey(language) ? t(language) : String(value);
  if (key === 'leaderTripQuota' && typeof value === 'object')
    return t('history.settingValues.quota', value as Record<string, unknown>);
  if (key === 'quietDayLimits' && typeof value === 'object')
    return t('history.settingValues.quietDays', value as Record<string, unknown>);
  if (key === 'importDefaultYear') return t('history.settingValues.year', { year: value });
  if (key === 'auditRetentionMonths')
    return value === 0
      ? t('history.settingValues.keepForever')
      : t('history.settingValues.months', { count: Number(value) });
  return formatValue(t, key, value, unit);
}

/** The fields an entry touched, old and new side by side; settings show as one "value" row. */
export function fieldChanges(t: TFunction, entry: AuditEntryView, unit: MoneyUnit): FieldChange[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  if (entry.entity === 'setting') {
    const key = String(after.key ?? before.key ?? '');
    const label = `history.settingKeys.${key}`;
    return [
      {
        field: 'value',
        label: isI18nKey(label) ? t(label) : t('history.fields.value'),
        before: entry.before ? settingValue(t, key, before.value, unit) : '',
        after: entry.after ? settingValue(t, key, after.value, unit) : '',
      },
    ];
  }
  // A create or delete carries the whole row: show what was filled in, not every empty column.
  const filledIn = (v: unknown) =>
    !(v === null || v === undefined || v === '' || v === false || (Array.isArray(v) && v.length === 0));
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (f) =>
      !HIDDEN_FIELDS.has(f) && f !== 'id' && (entry.action === 'update' || filledIn(after[f] ?? before[f])),
  );
  const context = { entity: entry.entity, names: entry.names };
  return fields.map((field) => ({
    field,
    label: fieldLabel(t, entry.entity, field),
    before: entry.action === 'create' ? '' : formatValue(t, field, before[field], unit, context),
    after: entry.action === 'delete' ? '' : formatValue(t, field, after[field], unit, context),
  }));
}
