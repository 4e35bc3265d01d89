import type { Db } from '../../db/open';
import { companies } from '../companies';
import { projects } from '../projects';
import { CONTACT_NAMES, STAFF_NAMES } from '../shared/attendeeNames';
import type { Actor } from '../shared/actor';
import { invalid, notFound } from '@contract/shared/errors';
import type { Page } from '@contract/shared/listQuery';
import { todayLocal } from '@contract/shared/time';
import { parseOrThrow } from '../shared/validate';
import { runList, type ListSpec } from '../store/list';
import { defineTable } from '../store/table';
import { checkAttendees, readAttendeeIds, readAttendees, writeAttendees } from './attendees';
import {
  interactionCreate,
  interactionListQuery,
  interactionUpdate,
  type Interaction,
  type InteractionDetail,
  type InteractionRow,
} from '@contract/interactions/schema';

export const interactions = defineTable<Interaction>({
  table: 'interactions',
  entity: 'interaction',
  label: '洽谈记录',
  columns: {
    id: 'id',
    companyId: 'company_id',
    projectId: 'project_id',
    kind: 'kind',
    occurredOn: 'occurred_on',
    place: 'place',
    theirAttendeesText: 'their_attendees_text',
    summary: 'summary',
    stickingPoints: 'sticking_points',
    promises: 'promises',
    nextStep: 'next_step',
    nextStepOn: 'next_step_on',
    nextStepDone: 'next_step_done',
    createdBy: 'created_by',
    createdAt: 'created_at',
    updatedAt: 'updated_at',
  },
  booleans: ['nextStepDone'],
});

/** A meeting about a project is a meeting with that project's company unless said otherwise. */
function resolveCompany(db: Db, companyId: number | null, projectId: number | null): number | null {
  if (companyId === null && projectId === null) throw invalid('companyId', '请选择企业或项目');
  if (companyId !== null && !companies.get(db, companyId))
    throw invalid('companyId', '所选企业不存在或已被删除');
  if (projectId === null) return companyId;
  const project = projects.get(db, projectId);
  if (!project) throw invalid('projectId', '所选项目不存在或已被删除');
  if (companyId === null) return project.companyId;
  if (project.companyId !== null && project.companyId !== companyId)
    throw invalid('projectId', '该项目不属于所选企业');
  return companyId;
}

/**
 * The project's 下次跟进 follows the newest conversation: a next step dated after today replaces
 * whatever follow-up the project had, since the latest meeting is what was last agreed. A step
 * dated today or earlier is taken only when the project has no follow-up at all, so logging an
 * old meeting late never pulls a planned date back into the past. Steps already done set nothing.
 */
function applyFollowUp(db: Db, actor: Actor, row: Interaction): void {
  if (row.projectId === null || row.nextStepOn === null || row.nextStepDone) return;
  const project = projects.require(db, row.projectId);
  if (row.nextStepOn > todayLocal() || project.nextFollowUpOn === null) {
    projects.update(db, actor, project.id, {
      nextFollowUpOn: row.nextStepOn,
      nextFollowUpNote: row.nextStep,
    });
  }
}

export function createInteraction(db: Db, actor: Actor, input: unknown): InteractionDetail {
  const { staffIds = [], contactIds = [], ...fields } = parseOrThrow(interactionCreate, input);
  return db
    .transaction(() => {
      const companyId = resolveCompany(db, fields.companyId ?? null, fields.projectId ?? null);
      const ids = { staffIds, contactIds };
      checkAttendees(db, companyId, ids);
      const row = interactions.insert(db, actor, { ...fields, companyId, createdBy: actor.name });
      writeAttendees(db, actor, row.id, { staffIds: [], contactIds: [] }, ids);
      applyFollowUp(db, actor, row);
      return getInteraction(db, row.id);
    })
    .immediate();
}

export function updateInteraction(db: Db, actor: Actor, input: unknown): InteractionDetail {
  const { id, patch } = parseOrThrow(interactionUpdate, input);
  const { staffIds, contactIds, ...fields } = patch;
  return db
    .transaction(() => {
      const before = interactions.require(db, id);
      const projectId = fields.projectId !== undefined ? fields.projectId : before.projectId;
      let companyId = fields.companyId !== undefined ? fields.companyId : before.companyId;
      // Moving the record to another project moves it to that project's company too.
      if (fields.projectId != null && fields.companyId === undefined) {
        companyId = projects.get(db, fields.projectId)?.companyId ?? companyId;
      }
      companyId = resolveCompany(db, companyId, projectId);
      const beforeIds = readAttendeeIds(db, id);
      const afterIds = {
        staffIds: staffIds ?? beforeIds.staffIds,
        contactIds: contactIds ?? beforeIds.contactIds,
      };
      checkAttendees(db, companyId, afterIds);
      const after = interactions.update(db, actor, id, { ...fields, companyId });
      writeAttendees(db, actor, id, beforeIds, afterIds);
      // Only a changed next step is pushed: fixing a typo in an old record must not override
      // the follow-up a newer meeting has set since.
      if (
        after.nextStepOn !== before.nextStepOn ||
        after.nextStep !== before.nextStep ||
        after.projectId !== before.projectId ||
        after.nextStepDone !== before.nextStepDone
      ) {
        applyFollowUp(db, actor, after);
      }
      return getInteraction(db, id);
    })
    .immediate();
}

export function deleteInteraction(db: Db, actor: Actor, id: number): void {
  db.transaction(() => {
    interactions.require(db, id);
    writeAttendees(db, actor, id, readAttendeeIds(db, id), { staffIds: [], contactIds: [] });
    interactions.remove(db, actor, id);
  }).immediate();
}

const FROM =
  'interactions i LEFT JOIN companies c ON c.id = i.company_id LEFT JOIN projects p ON p.id = i.project_id';
const SELECT = [
  ...Object.entries(interactions.def.columns).map(([field, col]) => `i.${col} AS "${field}"`),
  'c.name AS companyName',
  'p.name AS projectName',
  `${STAFF_NAMES} AS staffNames`,
  `${CONTACT_NAMES} AS contactNames`,
].join(', ');

const toRow = (r: Record<string, unknown>): InteractionRow =>
  ({ ...r, nextStepDone: r.nextStepDone === 1 }) as InteractionRow;

export function getInteraction(db: Db, id: number): InteractionDetail {
  const raw = db.prepare(`SELECT ${SELECT} FROM ${FROM} WHERE i.id = ?`).get(id) as
    Record<string, unknown> | undefined;
  if (!raw) throw notFound('洽谈记录', id);
  return { ...toRow(raw), ...readAttendeeIds(db, id), ...readAttendees(db, id) };
}

const col = (sql: string, type: 'text' | 'number' | 'date' | 'bool', sortable = true) => ({
  sql,
  type,
  sortable,
});

const listSpec: ListSpec = {
  from: FROM,
  select: SELECT,
  key: 'i.id',
  columns: {
    id: col('i.id', 'number'),
    occurredOn: col('i.occurred_on', 'date'),
    kind: col('i.kind', 'text'),
    companyId: col('i.company_id', 'number'),
    companyName: { ...col('c.name', 'text'), names: { kind: 'company', id: 'i.company_id', name: 'c.name' } },
    projectId: col('i.project_id', 'number'),
    projectName: { ...col('p.name', 'text'), names: { kind: 'project', id: 'i.project_id', name: 'p.name' } },
    place: col('i.place', 'text'),
    summary: col('i.summary', 'text'),
    stickingPoints: col('i.sticking_points', 'text'),
    promises: col('i.promises', 'text'),
    nextStep: col('i.next_step', 'text'),
    nextStepOn: col('i.next_step_on', 'date'),
    nextStepDone: col('i.next_step_done', 'bool'),
    staffNames: col(STAFF_NAMES, 'text', false),
    contactNames: col(CONTACT_NAMES, 'text', false),
    createdBy: col('i.created_by', 'text'),
    createdAt: col('i.created_at', 'date'),
    updatedAt: col('i.updated_at', 'date'),
  },
  search: ['i.summary', 'i.place', 'i.their_attendees_text', 'i.sticking_points', 'i.next_step'],
  searchNames: [
    { kind: 'company', id: 'i.company_id', name: 'c.name' },
    { kind: 'project', id: 'i.project_id', name: 'p.name' },
  ],
  defaultSort: 'i.occurred_on DESC',
};

export function listInteractions(db: Db, input: unknown): Page<InteractionRow> {
  const { companyId, projectId, ...query } = parseOrThrow(interactionListQuery, input);
  const conds: string[] = [];
  const params: number[] = [];
  if (companyId !== undefined) {
    conds.push('i.company_id = ?');
    params.push(companyId);
  }
  if (projectId !== undefined) {
    conds.push('i.project_id = ?');
    params.push(projectId);
  }
  const scope = conds.length ? { where: conds.join(' AND '), params } : undefined;
  return runList(db, listSpec, query, scope, toRow);
}
