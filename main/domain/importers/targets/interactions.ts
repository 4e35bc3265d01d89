import { interactionCreate } from '@contract/interactions/schema';
import { norm } from '../parse/enums';
import { applyRule, error, filled, indexOf, pickFields, validate, type TargetPlanner } from './common';
import { parties } from './parties';

const FIELDS = [
  'kind',
  'occurredOn',
  'place',
  'theirAttendeesText',
  'summary',
  'stickingPoints',
  'promises',
  'nextStep',
  'nextStepOn',
  'nextStepDone',
];

/** The same meeting twice: same company, project, day and words. */
const key = (companyId: unknown, projectId: unknown, on: unknown, summary: string): string =>
  `${companyId ?? 0}|${projectId ?? 0}|${on}|${norm(summary).slice(0, 200)}`;

export const planInteraction: TargetPlanner = (values, problems, ctx) => {
  const record = { ...pickFields(values, FIELDS), kind: values.kind ?? 'other' };
  const data = validate(interactionCreate, record, problems);
  if (!data) return error(problems);
  const p = parties(ctx, values);
  if (typeof p === 'string') return error(problems, p, 'companyName');
  if (values.projectName && p.projectId === null) {
    problems.push({
      field: 'projectName',
      message: `未找到项目“${String(values.projectName)}”，记录只关联企业`,
      level: 'warning',
    });
  }
  const index = indexOf(ctx, 'interactions', () => {
    const rows = ctx.db
      .prepare(
        `SELECT id, company_id AS c, project_id AS p, occurred_on AS d, summary AS s FROM interactions ORDER BY id`,
      )
      .all() as { id: number; c: number | null; p: number | null; d: string; s: string }[];
    return new Map(rows.map((r) => [key(r.c, r.p, r.d, r.s), r.id]));
  });
  const k = key(p.companyId, p.projectId, data.occurredOn, data.summary);
  const full = {
    ...data,
    companyId: p.companyId,
    projectId: p.projectId,
    createdBy: typeof values.createdBy === 'string' ? values.createdBy : ctx.actorName,
  };
  return applyRule(
    ctx,
    'interaction',
    index.get(k),
    '洽谈记录',
    () => {
      const id = ctx.writer.create('interaction', full);
      index.set(k, id);
      return id;
    },
    () => filled(full),
    problems,
  );
};
