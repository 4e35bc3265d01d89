import type { z } from 'zod';
import type { Db } from '../../../db/open';
import type { Values } from '../convert';
import type { Phones } from '../parse/phone';
import type { Resolver, StaffRef } from '../resolver';
import type { DuplicateMode, RowAction, RowProblem } from '@contract/importers/schema';
import type { Entity, Writer } from '../writer';

/** What a target's planner gets for each row. */
export interface PlanContext {
  db: Db;
  resolver: Resolver;
  writer: Writer;
  mode: DuplicateMode;
  actorName: string;
  today: string;
  /** Sheet row number (1-based) of the row being planned. */
  row: number;
  /** Rows this import created, per entity id -> sheet row: a match there is a duplicate within the file. */
  createdAt: Map<Entity, Map<number, number>>;
  /** Lookup tables a target builds on first use (existing meetings by date and text …). */
  indexes: Map<string, Map<string, number>>;
  /** Fields the sheet has a column for: an empty cell there is a blank in the ledger, not a missing column. */
  mapped: Set<string>;
}

export function indexOf(
  ctx: PlanContext,
  name: string,
  load: () => Map<string, number>,
): Map<string, number> {
  let index = ctx.indexes.get(name);
  if (!index) ctx.indexes.set(name, (index = load()));
  return index;
}

export interface RowPlan {
  action: RowAction;
  problems: RowProblem[];
  note?: string;
}

export type TargetPlanner = (values: Values, problems: RowProblem[], ctx: PlanContext) => RowPlan;

/** The sheet row that created this record earlier in the same import, if it did. */
export const createdAtRow = (ctx: PlanContext, entity: Entity, id: number): number | undefined =>
  ctx.createdAt.get(entity)?.get(id);

function noteCreated(ctx: PlanContext, entity: Entity, id: number): void {
  let rows = ctx.createdAt.get(entity);
  if (!rows) ctx.createdAt.set(entity, (rows = new Map()));
  rows.set(id, ctx.row);
}

export const error = (problems: RowProblem[], message?: string, field: string | null = null): RowPlan => ({
  action: 'error',
  problems: message ? [...problems, { field, message, level: 'error' }] : problems,
});

/**
 * The same schema the forms use checks every row; zod's messages are already the Chinese
 * sentences people know. Returns the parsed record, or null when the row has errors.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  record: Values,
  problems: RowProblem[],
): z.output<S> | null {
  const result = schema.safeParse(record);
  if (result.success) return problems.some((p) => p.level === 'error') ? null : result.data;
  for (const issue of result.error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : null;
    if (!problems.some((p) => p.field === field && p.level === 'error')) {
      problems.push({ field, message: issue.message, level: 'error' });
    }
  }
  return null;
}

/** Only what the row actually fills: an update never blanks a value the database already has. */
export const filled = (values: Values): Values =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== undefined && v !== ''));

export function pickFields(values: Values, keys: readonly string[]): Values {
  const out: Values = {};
  for (const k of keys) if (values[k] !== undefined) out[k] = values[k];
  return out;
}

/** Phones that did not fit the mobile/phone fields, and unreadable ones, go into the notes word for word. */
export function phoneNotes(phones: Phones | undefined): string | null {
  if (!phones) return null;
  const lines = [
    phones.extra.length ? `其他电话：${phones.extra.join('、')}` : '',
    phones.unreadable.length ? `电话（未能识别）：${phones.unreadable.join('、')}` : '',
  ].filter(Boolean);
  return lines.length ? lines.join('\n') : null;
}

/** The company a row names (name, credit code), found or created; a code kept as text goes to its notes. */
export const rowCompany = (ctx: PlanContext, values: Values) =>
  ctx.resolver.company(
    (values.companyName as string | undefined) ?? null,
    (values.companyCreditCode as string | undefined) ?? null,
    (values.rawCreditCode as string | undefined) ?? null,
  );

/**
 * The person a 责任人/办理人 name stands for. A name not on the staff list is said on the row,
 * with what the import does with it (新建人员？ in the preview, where the person can change it).
 */
export function ownerOf(
  ctx: PlanContext,
  field: string,
  label: string,
  name: string,
  teamId: number | null,
  problems: RowProblem[],
): StaffRef | null {
  const person = ctx.resolver.staff(name, teamId, ctx.row);
  if (person?.newName === undefined && person !== null) return person;
  const what =
    person === null
      ? `按选择不填${label}`
      : person.newName === 'map'
        ? `按选择对应“${ctx.resolver.staffName(person.id)}”`
        : '新建人员？导入时将新增此人';
  problems.push({ field, message: `${label}：“${name}”不在人员名单中，${what}`, level: 'info' });
  return person;
}

export const joinNotes = (...parts: (string | null | undefined | unknown)[]): string | null => {
  const lines = parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  return lines.length ? lines.join('\n') : null;
};

/**
 * The dedupe rule chosen for this import, for a row that matches `existingId` (or nothing).
 * A match with a row created earlier in the same file is reported with that row's number.
 * `patch` gives what an update writes (only filled values, see `filled`); most rows never need it.
 */
export function applyRule(
  ctx: PlanContext,
  entity: Entity,
  existingId: number | undefined,
  what: string,
  create: () => number,
  patch: () => Values,
  problems: RowProblem[],
): RowPlan {
  if (existingId === undefined) {
    noteCreated(ctx, entity, create());
    return { action: 'create', problems };
  }
  const sameFile = createdAtRow(ctx, entity, existingId);
  const against = sameFile !== undefined ? `第 ${sameFile} 行` : `已有${what}`;
  if (ctx.mode === 'skip') return { action: 'skip', problems, note: `与${against}重复，已跳过` };
  if (ctx.mode === 'update') {
    if (sameFile !== undefined) ctx.writer.amendCreated(entity, existingId, patch());
    else ctx.writer.update(entity, existingId, patch());
    return { action: 'update', problems, note: `与${against}重复，已用本行内容更新` };
  }
  noteCreated(ctx, entity, create());
  return { action: 'create', problems, note: `与${against}重复，按设置仍新增` };
}
