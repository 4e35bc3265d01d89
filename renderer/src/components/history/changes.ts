import type { TFunction, i18n as I18n } from 'i18next';
import type { AuditEntryView } from '../../../../main/domain/audit/schema';
import { STAGE_LABELS, type ProjectStage } from '../../../../main/domain/projects/stages';
import { formatDateTimeZh, formatDateZh } from '../../format/date';
import { formatMoney, MONEY_UNIT_LABEL, type MoneyUnit } from '../../format/money';

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

export function fieldLabel(t: TFunction, i18n: I18n, entity: string, field: string): string {
  for (const prefix of [...(FIELD_LABELS[entity] ?? []), 'history.fields']) {
    if (i18n.exists(`${prefix}.${field}`)) return t(`${prefix}.${field}`);
  }
  return field;
}

export function entityLabel(
  t: TFunction,
  i18n: I18n,
  entry: Pick<AuditEntryView, 'entity' | 'entityLabel'>,
): string {
  const key = `history.entities.${entry.entity}`;
  return i18n.exists(key) ? t(key) : entry.entityLabel;
}

export function formatValue(t: TFunction, field: string, value: unknown, unit: MoneyUnit): string {
  if (value === null || value === undefined || value === '') return t('history.blank');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number' && MONEY_FIELDS.has(field))
    return `${formatMoney(value, unit)} ${MONEY_UNIT_LABEL[unit]}`;
  if (field === 'stage' && typeof value === 'string' && value in STAGE_LABELS)
    return STAGE_LABELS[value as ProjectStage];
  if (field === 'tier' && typeof value === 'string') return t(`tier.${value}`, { defaultValue: value });
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDateTimeZh(value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDateZh(value);
    return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value;
  }
  if (Array.isArray(value)) return value.length ? value.map(String).join('、') : t('history.blank');
  const json = JSON.stringify(value);
  return json.length > MAX_TEXT ? `${json.slice(0, MAX_TEXT)}…` : json;
}

/** The fields an entry touched, old and new side by side; settings show as one "value" row. */
export function fieldChanges(
  t: TFunction,
  i18n: I18n,
  entry: AuditEntryView,
  unit: MoneyUnit,
): FieldChange[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  if (entry.entity === 'setting') {
    return [
      {
        field: 'value',
        label: String(after.key ?? before.key ?? ''),
        before: entry.before ? formatValue(t, 'value', before.value, unit) : '',
        after: entry.after ? formatValue(t, 'value', after.value, unit) : '',
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
  return fields.map((field) => ({
    field,
    label: fieldLabel(t, i18n, entry.entity, field),
    before: entry.action === 'create' ? '' : formatValue(t, field, before[field], unit),
    after: entry.action === 'delete' ? '' : formatValue(t, field, after[field], unit),
  }));
}
