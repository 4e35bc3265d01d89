import type { Db } from '../../db/open';
import { companies } from '../companies';
import { staff, teams } from '../people';
import type { Actor } from '../shared/actor';
import { DomainError, invalid } from '@contract/shared/errors';
import type { Page } from '@contract/shared/listQuery';
import { todayLocal } from '@contract/shared/time';
import { parseOrThrow } from '../shared/validate';
import { writeAudit } from '../store/audit';
import { drillWhere } from '../indicators/figures';
import { runList, type ListSpec } from '../store/list';
import { projectCreate, projectUpdate, type Project, type ProjectRow } from '@contract/projects/schema';
import { projectListQuery } from '@contract/indicators/drillSchema';
import { recordStage } from './stageChange';
import { STAGE_MILESTONE } from '@contract/projects/pipelineStages';
import {
  ARRIVED_AMOUNT,
  DAYS_IN_STAGE,
  PROJECT_FROM,
  PROJECT_SELECT,
  getProject,
  projects,
  toProjectRow,
} from './table';

export { projects, getProject } from './table';
export { changeStage, stageHistory } from './stageChange';
export { arrivals, createArrival, deleteArrival, listArrivals } from './arrivals';

function assertRefs(
  db: Db,
  refs: { companyId?: number | null; ownerId?: number | null; teamId?: number | null },
): void {
  if (refs.companyId != null && !companies.get(db, refs.companyId))
    throw invalid('companyId', '所选企业不存在或已被删除');
  if (refs.ownerId != null && !staff.get(db, refs.ownerId))
    throw invalid('ownerId', '所选负责人不存在或已被删除');
  if (refs.teamId != null && !teams.get(db, refs.teamId)) throw invalid('teamId', '所选团队不存在或已被删除');
}

export function createProject(db: Db, actor: Actor, input: unknown): ProjectRow {
  const { stage = 'lead', stageSince: since, dropReason, ...fields } = parseOrThrow(projectCreate, input);
  const stageSince = since ?? todayLocal();
  if (stageSince > todayLocal()) throw invalid('stageSince', '阶段开始日期不能晚于今天');
  if (stage === 'dropped' && !dropReason) throw invalid('dropReason', '终止的项目需要填写终止原因');
  const values: Partial<Project> = {
    ...fields,
    stage,
    stageSince,
    dropReason: stage === 'dropped' ? dropReason : null,
  };
  const milestone = STAGE_MILESTONE[stage];
  if (milestone && values[milestone] == null) values[milestone] = stageSince;
  return db
    .transaction(() => {
      assertRefs(db, fields);
      const { id } = projects.insert(db, actor, values);
      recordStage(db, actor, id, null, stage, stageSince, stage === 'dropped' ? (dropReason ?? null) : null);
      return getProject(db, id);
    })
    .immediate();
}

/**
 * Meetings logged before the project had a company are filed under the company it gets;
 * meetings already filed under another company forbid the switch (their attendees belong there).
 */
function moveInteractions(db: Db, actor: Actor, project: Project, companyId: number | null): void {
  const others = db
    .prepare(
      `SELECT count(*) FROM interactions WHERE project_id = ? AND company_id IS NOT NULL AND company_id IS NOT ?`,
    )
    .pluck()
    .get(project.id, companyId) as number;
  if (others > 0) {
    throw invalid('companyId', `该项目已有 ${others} 条洽谈记录属于原企业，不能更换企业`);
  }
  if (companyId === null) return;
  const orphans = db
    .prepare(`SELECT id FROM interactions WHERE project_id = ? AND company_id IS NULL`)
    .pluck()
    .all(project.id) as number[];
  const set = db.prepare(`UPDATE interactions SET company_id = ? WHERE id = ?`);
  for (const interactionId of orphans) {
    set.run(companyId, interactionId);
    writeAudit(db, actor, 'interaction', interactionId, 'update', { companyId: null }, { companyId });
  }
}

export function updateProject(db: Db, actor: Actor, input: unknown): ProjectRow {
  const { id, patch } = parseOrThrow(projectUpdate, input);
  return db
    .transaction(() => {
      const before = projects.require(db, id);
      assertRefs(db, patch);
      if (patch.companyId !== undefined && patch.companyId !== before.companyId) {
        moveInteractions(db, actor, before, patch.companyId);
      }
      projects.update(db, actor, id, patch);
      return getProject(db, id);
    })
    .immediate();
}

/** Meetings and money received are the ledger's substance: such a project is dropped (终止), not deleted. */
export function deleteProject(db: Db, actor: Actor, id: number): void {
  db.transaction(() => {
    projects.require(db, id);
    const count = (sql: string): number => db.prepare(sql).pluck().get(id) as number;
    const meetings = count('SELECT count(*) FROM interactions WHERE project_id = ?');
    const money = count('SELECT count(*) FROM investment_arrivals WHERE project_id = ?');
    if (meetings + money > 0) {
      const what = [meetings && `${meetings} 条洽谈记录`, money && `${money} 笔实到投资`]
        .filter(Boolean)
        .join('、');
      throw new DomainError('IN_USE', `该项目已有${what}，不能删除；如不再推进，请将阶段改为“终止”`);
    }
    projects.remove(db, actor, id);
  }).immediate();
}

const col = (sql: string, type: 'text' | 'number' | 'date' | 'bool') => ({ sql, type });

const listSpec: ListSpec = {
  from: PROJECT_FROM,
  select: PROJECT_SELECT,
  key: 'p.id',
  columns: {
    id: col('p.id', 'number'),
    name: {
      ...col('p.name', 'text'),
      sortSql: 'p.name_sort',
      names: { kind: 'project', id: 'p.id', name: 'p.name' },
    },
    companyId: col('p.company_id', 'number'),
    // Filtered on the project's indexed copy of the name (migration 6), sorted on the copy of its
    // pinyin key (migration 8), shown from the join.
    companyName: {
      ...col('p.company_sort', 'text'),
      sortSql: 'p.company_key',
      names: { kind: 'company', id: 'p.company_id', name: 'p.company_sort' },
    },
    hqAdcode: col('c.hq_adcode', 'number'),
    stage: col('p.stage', 'text'),
    stageSince: col('p.stage_since', 'date'),
    daysInStage: col(DAYS_IN_STAGE, 'number'),
    industry: { ...col('p.industry', 'text'), values: { table: 'projects', column: 'industry' } },
    chain: { ...col('p.chain', 'text'), values: { table: 'projects', column: 'chain' } },
    sourceChannel: {
      ...col('p.source_channel', 'text'),
      values: { table: 'projects', column: 'source_channel' },
    },
    plannedAmount: col('p.planned_amount', 'number'),
    contractAmount: col('p.contract_amount', 'number'),
    arrivedAmount: col(ARRIVED_AMOUNT, 'number'),
    keyLevel: { ...col('p.key_level', 'text'), values: { table: 'projects', column: 'key_level' } },
    annualPlanAmount: col('p.annual_plan_amount', 'number'),
    completedAmount: col('p.completed_amount', 'number'),
    isIndustrial: col('p.is_industrial', 'bool'),
    site: { ...col('p.site', 'text'), values: { table: 'projects', column: 'site' } },
    landMu: col('p.land_mu', 'number'),
    ownerId: col('p.owner_id', 'number'),
    ownerName: {
      ...col('p.owner_sort', 'text'),
      sortSql: 'p.owner_key',
      names: { kind: 'staff', id: 'p.owner_id', name: 'p.owner_sort' },
    },
    teamId: col('p.team_id', 'number'),
    teamName: {
      ...col('p.team_sort', 'text'),
      sortSql: 'p.team_key',
      names: { kind: 'team', id: 'p.team_id', name: 'p.team_sort' },
    },
    firstContactOn: col('p.first_contact_on', 'date'),
    signedOn: col('p.signed_on', 'date'),
    registeredOn: col('p.registered_on', 'date'),
    startedOn: col('p.started_on', 'date'),
    producedOn: col('p.produced_on', 'date'),
    fullOn: col('p.full_on', 'date'),
    droppedOn: col('p.dropped_on', 'date'),
    nextFollowUpOn: col('p.next_follow_up_on', 'date'),
    createdAt: col('p.created_at', 'date'),
    updatedAt: col('p.updated_at', 'date'),
  },
  // 拟选址 is not searched: free text on every project, only a full read of the table could.
  search: [],
  searchValues: [
    { col: 'p.industry', table: 'projects', column: 'industry' },
    { col: 'p.chain', table: 'projects', column: 'chain' },
  ],
  searchNames: [
    { kind: 'project', id: 'p.id', name: 'p.name' },
    { kind: 'company', id: 'p.company_id', name: 'p.company_sort' },
    { kind: 'staff', id: 'p.owner_id', name: 'p.owner_sort' },
  ],
  defaultSort: 'p.updated_at DESC',
};

export function listProjects(db: Db, input: unknown): Page<ProjectRow> {
  const { companyId, drill, ...query } = parseOrThrow(projectListQuery, input);
  const scopes = [
    ...(companyId === undefined ? [] : [{ where: 'p.company_id = ?', params: [companyId] as unknown[] }]),
    ...(drill ? [drillWhere(db, 'projects', drill)] : []),
  ];
  const scope = scopes.length
    ? { where: scopes.map((s) => s.where).join(' AND '), params: scopes.flatMap((s) => s.params) }
    : undefined;
  return runList(db, listSpec, query, scope, toProjectRow);
}
