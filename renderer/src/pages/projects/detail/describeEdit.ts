import type { TFunction } from 'i18next';
import { KEY_LEVEL_LABELS, type KeyLevel } from '../../../../../main/domain/projects/schema';
import { formatDateZh } from '../../../format/date';
import { formatMoney, type MoneyUnit } from '../../../format/money';
import { DATE_FIELDS, MONEY_FIELDS } from './projectFormValues';

export interface EditContext {
  t: TFunction;
  unit: MoneyUnit;
  staffName(id: unknown): string | null;
  teamName(id: unknown): string | null;
  /** The company the project points at now, to name it when an edit mentions its id. */
  company: { id: number | null; name: string | null };
}

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

// Bookkeeping columns change with every edit and say nothing to a person.
const HIDDEN = new Set(['updatedAt', 'createdAt', 'id']);
const MONEY = new Set<string>(MONEY_FIELDS);
const DATES = new Set<string>([...DATE_FIELDS, 'stageSince', 'droppedOn']);

function show(field: string, v: unknown, ctx: EditContext): string {
  const blank = ctx.t('projects.timeline.blank');
  if (v === null || v === undefined || v === '') return blank;
  if (MONEY.has(field) && typeof v === 'number')
    return `${formatMoney(v, ctx.unit)} ${ctx.t(`money.${ctx.unit}`)}`;
  if (DATES.has(field) && typeof v === 'string') return formatDateZh(v);
  if (typeof v === 'boolean') return ctx.t(v ? 'common.yes' : 'common.no');
  if (field === 'keyLevel') return KEY_LEVEL_LABELS[v as KeyLevel] ?? String(v);
  if (field === 'ownerId') return ctx.staffName(v) ?? `#${String(v)}`;
  if (field === 'teamId') return ctx.teamName(v) ?? `#${String(v)}`;
  if (field === 'companyId')
    return v === ctx.company.id && ctx.company.name ? ctx.company.name : `#${String(v)}`;
  return typeof v === 'object' ? JSON.stringify(v) : String(v as string | number);
}

/** An audit row's before/after as "计划投资: 空 → 30,000 万元" lines, in the form's words. */
export function describeEdit(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  ctx: EditContext,
): FieldChange[] {
  return Object.keys(after)
    .filter((field) => !HIDDEN.has(field))
    .map((field) => ({
      field,
      label: ctx.t(`projects.detail.fields.${field}`, { defaultValue: field }),
      before: show(field, before[field], ctx),
      after: show(field, after[field], ctx),
    }));
}
