import { projectCreate } from '../../projects/schema';
import { PROJECT_STAGES, STAGE_LABELS, STAGE_MILESTONE, type ProjectStage } from '../../projects/stages';
import type { Values } from '../convert';
import type { RowProblem } from '../schema';
import {
  applyRule,
  createdAtRow,
  error,
  filled,
  joinNotes,
  pickFields,
  validate,
  type PlanContext,
  type TargetPlanner,
} from './common';
import { inlineContact } from './companies';

const FIELDS = [
  'name',
  'industry',
  'chain',
  'sourceChannel',
  'plannedAmount',
  'contractAmount',
  'keyLevel',
  'annualPlanAmount',
  'completedAmount',
  'isIndustrial',
  'site',
  'landMu',
  'firstContactOn',
  'signedOn',
  'registeredOn',
  'startedOn',
  'producedOn',
  'fullOn',
  'nextFollowUpOn',
  'nextFollowUpNote',
];

/** Without a 项目进展 column the furthest milestone date filled in tells the stage. */
function inferStage(values: Values): ProjectStage {
  for (const stage of [...PROJECT_STAGES].reverse()) {
    const milestone = STAGE_MILESTONE[stage];
    if (stage !== 'dropped' && milestone && values[milestone]) return stage;
  }
  return 'lead';
}

function stageSince(values: Values, stage: ProjectStage, today: string, problems: RowProblem[]): string {
  const explicit = values.stageSince as string | undefined;
  if (explicit) return explicit;
  const milestone = STAGE_MILESTONE[stage];
  const date = milestone ? (values[milestone] as string | undefined) : undefined;
  if (date && date > today) {
    problems.push({
      field: milestone,
      message: `${STAGE_LABELS[stage]}日期晚于今天，阶段开始日期按今天记录`,
      level: 'warning',
    });
    return today;
  }
  return date ?? today;
}

/** "张三、李四": the first person is the owner; the whole list stays in the notes. */
function firstName(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  return (
    raw
      .split(/[、,，;；/\s]+/)
      .find(Boolean)
      ?.slice(0, 50) ?? null
  );
}

function stagePatch(ctx: PlanContext, id: number, data: Values): Values {
  const current = ctx.db.prepare(`SELECT stage FROM projects WHERE id = ?`).pluck().get(id) as
    ProjectStage | undefined;
  const to = data.stage as ProjectStage;
  if (!current || current === to) {
    const { stage: _s, stageSince: _d, dropReason: _r, ...rest } = data;
    return rest;
  }
  ctx.writer.stage(id, current, to, data.stageSince as string, '从Excel台账导入');
  // Leaving 终止 clears its reason and date, as changeStage does; nulls are meant here.
  return to === 'dropped'
    ? { ...data, droppedOn: data.stageSince }
    : { ...data, dropReason: null, droppedOn: null };
}

export const planProject: TargetPlanner = (values, problems, ctx) => {
  const stage = (values.stage as ProjectStage | undefined) ?? inferStage(values);
  const since = stageSince(values, stage, ctx.today, problems);
  if (since > ctx.today) return error(problems, '阶段开始日期不能晚于今天', 'stageSince');
  const stageText = values.stageText as string | undefined;
  const owners =
    typeof values.ownerName === 'string' && firstName(values.ownerName) !== values.ownerName
      ? values.ownerName
      : null;
  const record: Values = {
    ...pickFields(values, FIELDS),
    stage,
    stageSince: since,
    dropReason:
      stage === 'dropped'
        ? ((values.dropReason as string | undefined) ?? stageText ?? '台账标注为终止')
        : null,
    notes: joinNotes(values.notes, stageText && `项目进展：${stageText}`, owners && `责任人：${owners}`),
  };
  const parsed = validate(projectCreate, record, problems);
  if (!parsed) return error(problems);
  // A milestone date is only taken from the ledger: an unknown 开工 date stays unknown rather than
  // becoming the day of the import, which would distort the speed figures.
  const milestone = STAGE_MILESTONE[stage];
  const data: Values = { ...parsed };
  if (milestone && !data[milestone] && values.stageSince) data[milestone] = since;

  const company = ctx.resolver.company(
    (values.companyName as string | undefined) ?? null,
    (values.companyCreditCode as string | undefined) ?? null,
  );
  const companyId = company?.id ?? null;
  const teamName = values.teamName as string | undefined;
  const teamId = teamName ? ctx.resolver.team(teamName.slice(0, 50)) : null;
  const owner = firstName(values.ownerName);
  const ownerId = owner ? ctx.resolver.staff(owner, teamId) : null;
  const full: Values = {
    ...data,
    companyId,
    ...(teamId !== null ? { teamId } : {}),
    ...(ownerId !== null ? { ownerId } : {}),
  };
  const existing = ctx.resolver.project(companyId, parsed.name);
  const { name: _n, ...patch } = full;
  const name = data.name as string;
  const plan = applyRule(
    ctx,
    'project',
    existing,
    `项目“${name}”`,
    () => {
      const id = ctx.writer.create('project', full);
      ctx.writer.stage(id, null, stage, since, stage === 'dropped' ? (full.dropReason as string) : null);
      ctx.resolver.addProject(id, companyId, name);
      return id;
    },
    () =>
      existing !== undefined && createdAtRow(ctx, 'project', existing) === undefined && !ctx.writer.dry
        ? stagePatch(ctx, existing, filled(patch))
        : filled(patch),
    problems,
  );
  if (plan.action !== 'skip' && companyId !== null) inlineContact(ctx, companyId, values);
  return plan;
};
