import { FIELD_NAMES as F } from '@contract/shared/glossary';
import { projectCreate } from '@contract/projects/schema';
import {
  PROJECT_STAGES,
  STAGE_LABELS,
  STAGE_MILESTONE,
  stageIndex,
  type ProjectStage,
} from '@contract/projects/pipelineStages';
import type { Values } from '../convert';
import type { RowProblem } from '@contract/importers/schema';
import {
  applyRule,
  createdAtRow,
  error,
  filled,
  joinNotes,
  ownerOf,
  pickFields,
  rowCompany,
  validate,
  type PlanContext,
  type TargetPlanner,
} from './common';
import { inlineContact } from './companies';
import { implausible } from './plausibility';

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

function stageSince(values: Values, stage: ProjectStage, ctx: PlanContext, problems: RowProblem[]): string {
  const explicit = values.stageSince as string | undefined;
  if (explicit) return explicit;
  const milestone = STAGE_MILESTONE[stage];
  const date = milestone ? (values[milestone] as string | undefined) : undefined;
  if (date && date > ctx.today) {
    problems.push({
      field: milestone,
      message: `${STAGE_LABELS[stage]}日期晚于今天，阶段开始日期按今天记录`,
      level: 'warning',
    });
    return ctx.today;
  }
  // The ledger has the column but this row leaves it empty: the day of the import stands in, said so.
  if (!date && milestone && stage !== 'dropped' && ctx.mapped.has(milestone)) {
    problems.push({
      field: milestone,
      message: `项目阶段为“${STAGE_LABELS[stage]}”，${STAGE_LABELS[stage]}日期未填，阶段开始日期按导入当天记录`,
      level: 'info',
    });
  }
  return date ?? ctx.today;
}

/**
 * The stage history a ledger row tells: each milestone it dates (签约 → 注册 → 开工 …) on its own
 * date, up to the stage it is in now, so the history carries the ledger's dates rather than the
 * day of the import. A milestone dated after the current stage began is left out (history runs forward).
 */
function milestoneSteps(values: Values, stage: ProjectStage, since: string): [ProjectStage, string][] {
  const reached = stage === 'dropped' ? PROJECT_STAGES.length - 1 : stageIndex(stage);
  const steps: [ProjectStage, string][] = [];
  for (const s of PROJECT_STAGES.slice(0, reached)) {
    const milestone = STAGE_MILESTONE[s];
    const date = milestone ? values[milestone] : undefined;
    if (s === 'dropped' || typeof date !== 'string' || date > since) continue;
    if (steps.length && date < (steps.at(-1) as [ProjectStage, string])[1]) continue;
    steps.push([s, date]);
  }
  return [...steps, [stage, since]];
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
  const since = stageSince(values, stage, ctx, problems);
  implausible(values, values.stage !== undefined, ctx.today, problems);
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
    notes: joinNotes(
      values.notes,
      stageText && `项目进展：${stageText}`,
      owners && `${F.project.ownerId}：${owners}`,
    ),
  };
  const parsed = validate(projectCreate, record, problems);
  if (!parsed) return error(problems);
  // A milestone date is only taken from the ledger: an unknown 开工 date stays unknown rather than
  // becoming the day of the import, which would distort the speed figures.
  const milestone = STAGE_MILESTONE[stage];
  const data: Values = { ...parsed };
  if (milestone && !data[milestone] && values.stageSince) data[milestone] = since;

  const company = rowCompany(ctx, values);
  const companyId = company?.id ?? null;
  const teamName = values.teamName as string | undefined;
  const owner = firstName(values.ownerName);
  let teamId = teamName ? ctx.resolver.team(teamName.slice(0, 50)) : null;
  const person = owner ? ownerOf(ctx, 'ownerName', F.project.ownerId, owner, teamId, problems) : null;
  // As in the project form: without a 小分队 the project belongs to its owner's team.
  if (teamId === null && person) teamId = person.teamId;
  const ownerId = person?.id ?? null;
  // A name left out of the owner field (the person chose 留空) stays in the notes.
  if (owner && !person && !owners)
    data.notes = joinNotes(data.notes, `${F.project.ownerId}：${values.ownerName as string}`);
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
      let from: ProjectStage | null = null;
      for (const [to, on] of milestoneSteps(full, stage, since)) {
        ctx.writer.stage(id, from, to, on, to === 'dropped' ? (full.dropReason as string) : null);
        from = to;
      }
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
