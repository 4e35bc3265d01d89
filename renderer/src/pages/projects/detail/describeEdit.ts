import type { TFunction } from 'i18next';
import { KEY_LEVEL_LABELS, type KeyLevel } from '@contract/projects/schema';
import { fieldLabel, formatValue, type FieldChange } from '../../../components/history/changes';
import type { MoneyUnit } from '../../../format/money';

export interface EditContext {
  t: TFunction;
  unit: MoneyUnit;
  staffName(id: unknown): string | null;
  teamName(id: unknown): string | null;
  /** The company the project points at now, to name it when an edit mentions its id. */
  company: { id: number | null; name: string | null };
}

// Bookkeeping columns change with every edit and say nothing to a person.
const HIDDEN = new Set(['updatedAt', 'createdAt', 'id']);

/** The shared history wording, plus the names behind a project's ids. */
function show(field: string, v: unknown, ctx: EditContext): string {
  if (v !== null && v !== undefined) {
    if (field === 'ownerId') return ctx.staffName(v) ?? `#${String(v)}`;
    if (field === 'teamId') return ctx.teamName(v) ?? `#${String(v)}`;
    if (field === 'companyId' && v === ctx.company.id && ctx.company.name) return ctx.company.name;
    if (field === 'keyLevel') return KEY_LEVEL_LABELS[v as KeyLevel] ?? String(v);
  }
  return formatValue(ctx.t, field, v, ctx.unit);
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
      label: fieldLabel(ctx.t, 'project', field),
      before: show(field, before[field], ctx),
      after: show(field, after[field], ctx),
    }));
}
