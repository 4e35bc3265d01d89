import type { Db } from '../../db/open';
import type { Actor } from '../shared/actor';
import { DomainError, invalid, notFound } from '@contract/shared/errors';
import type { ListQueryInput, Page } from '@contract/shared/listQuery';
import { todayLocal } from '@contract/shared/time';
import { parseOrThrow } from '../shared/validate';
import { drillListQuery } from '@contract/indicators/drillSchema';
import { drillWhere } from '../indicators/figures';
import { runList, type ListSpec } from '../store/list';
import { defineTable } from '../store/table';
import { assertRefs, resolveParties } from '../shared/refs';
import {
  DUE_BEFORE_REPORTED,
  issueClose,
  issueCreate,
  issueUpdate,
  type ServiceIssue,
  type ServiceIssueRow,
} from '@contract/serviceIssues/schema';

export const serviceIssues = defineTable<ServiceIssue>({
  table: 'service_issues',
  entity: 'serviceIssue',
  label: '企业诉求',
  columns: {
    id: 'id',
    companyId: 'company_id',
    projectId: 'project_id',
    category: 'category',
    description: 'description',
    reportedOn: 'reported_on',
    ownerId: 'owner_id',
    dueOn: 'due_on',
    status: 'status',
    resolution: 'resolution',
    closedOn: 'closed_on',
    createdAt: 'created_at',
    updatedAt: 'updated_at',
  },
});

export function createServiceIssue(db: Db, actor: Actor, input: unknown): ServiceIssueRow {
  const { companyId, projectId, ...data } = parseOrThrow(issueCreate, input);
  return db
    .transaction(() => {
      assertRefs(db, [{ table: 'staff', id: data.ownerId, field: 'ownerId', label: '责任人' }]);
      const parties = resolveParties(db, companyId ?? null, projectId ?? null, true);
      return getServiceIssue(db, serviceIssues.insert(db, actor, { ...data, ...parties }).id);
    })
    .immediate();
}

export function updateServiceIssue(db: Db, actor: Actor, input: unknown): ServiceIssueRow {
  const { id, patch } = parseOrThrow(issueUpdate, input);
  return db
    .transaction(() => {
      const before = serviceIssues.require(db, id);
      if (before.status === 'closed' && patch.status !== undefined) {
        throw new DomainError('CONFLICT', '该诉求已办结，如需继续办理请先重新打开');
      }
      const reportedOn = patch.reportedOn ?? before.reportedOn;
      const dueOn = patch.dueOn !== undefined ? patch.dueOn : before.dueOn;
      if (dueOn && dueOn < reportedOn) throw invalid('dueOn', DUE_BEFORE_REPORTED);
      if (before.closedOn && before.closedOn < reportedOn)
        throw invalid('reportedOn', '反映日期不能晚于办结日期');
      assertRefs(db, [{ table: 'staff', id: patch.ownerId, field: 'ownerId', label: '责任人' }]);
      const companyId =
        patch.companyId !== undefined ? patch.companyId : patch.projectId ? null : before.companyId;
      const projectId = patch.projectId !== undefined ? patch.projectId : before.projectId;
      const parties = resolveParties(db, companyId ?? null, projectId ?? null, true);
      serviceIssues.update(db, actor, id, { ...patch, ...parties });
      return getServiceIssue(db, id);
    })
    .immediate();
}

/** 办结: an issue counts as solved only with what was done and when. */
export function closeServiceIssue(db: Db, actor: Actor, input: unknown): ServiceIssueRow {
  const { id, resolution, closedOn } = parseOrThrow(issueClose, input);
  return db
    .transaction(() => {
      const before = serviceIssues.require(db, id);
      if (before.status === 'closed') throw new DomainError('CONFLICT', '该诉求已办结');
      if (closedOn < before.reportedOn) throw invalid('closedOn', '办结日期不能早于反映日期');
      if (closedOn > todayLocal()) throw invalid('closedOn', '办结日期不能晚于今天');
      serviceIssues.update(db, actor, id, { status: 'closed', resolution, closedOn });
      return getServiceIssue(db, id);
    })
    .immediate();
}

/** The old resolution is cleared (it stays in the audit log): a reopened issue is not solved. */
export function reopenServiceIssue(db: Db, actor: Actor, id: number): ServiceIssueRow {
  return db
    .transaction(() => {
      const before = serviceIssues.require(db, id);
      if (before.status !== 'closed') throw new DomainError('CONFLICT', '该诉求尚未办结，无需重新打开');
      serviceIssues.update(db, actor, id, { status: 'in_progress', resolution: null, closedOn: null });
      return getServiceIssue(db, id);
    })
    .immediate();
}

export function deleteServiceIssue(db: Db, actor: Actor, id: number): void {
  db.transaction(() => {
    serviceIssues.remove(db, actor, id);
  }).immediate();
}

// The office's calendar day from the domain clock (office_today(), registered by openDatabase).
const overdue = `(s.status <> 'closed' AND s.due_on IS NOT NULL AND s.due_on < office_today())`;

const listSpec: ListSpec = {
  from: `service_issues s LEFT JOIN companies c ON c.id = s.company_id LEFT JOIN projects p ON p.id = s.project_id
    LEFT JOIN staff o ON o.id = s.owner_id`,
  select: `s.id, s.company_id AS companyId, s.project_id AS projectId, s.category, s.description,
    s.reported_on AS reportedOn, s.owner_id AS ownerId, s.due_on AS dueOn, s.status, s.resolution,
    s.closed_on AS closedOn, s.created_at AS createdAt, s.updated_at AS updatedAt,
    c.name AS companyName, p.name AS projectName, o.name AS ownerName, ${overdue} AS overdue`,
  key: 's.id',
  columns: {
    id: { sql: 's.id', type: 'number' },
    companyId: { sql: 's.company_id', type: 'number' },
    companyName: {
      sql: 'c.name',
      type: 'text',
      names: { kind: 'company', id: 's.company_id', name: 'c.name' },
    },
    projectId: { sql: 's.project_id', type: 'number' },
    projectName: {
      sql: 'p.name',
      type: 'text',
      names: { kind: 'project', id: 's.project_id', name: 'p.name' },
    },
    category: { sql: 's.category', type: 'text' },
    description: { sql: 's.description', type: 'text' },
    reportedOn: { sql: 's.reported_on', type: 'date' },
    ownerId: { sql: 's.owner_id', type: 'number' },
    ownerName: { sql: 'o.name', type: 'text', names: { kind: 'staff', id: 's.owner_id', name: 'o.name' } },
    dueOn: { sql: 's.due_on', type: 'date' },
    status: { sql: 's.status', type: 'text' },
    closedOn: { sql: 's.closed_on', type: 'date' },
    overdue: { sql: overdue, type: 'bool' },
    updatedAt: { sql: 's.updated_at', type: 'date' },
  },
  search: ['s.description', 's.resolution'],
  searchNames: [
    { kind: 'company', id: 's.company_id', name: 'c.name' },
    { kind: 'project', id: 's.project_id', name: 'p.name' },
    { kind: 'staff', id: 's.owner_id', name: 'o.name' },
  ],
  defaultSort: `s.status = 'closed', s.due_on IS NULL, s.due_on, s.reported_on DESC`,
};

const toRow = (r: Record<string, unknown>): ServiceIssueRow =>
  ({ ...r, overdue: r.overdue === 1 }) as ServiceIssueRow;

export function listServiceIssues(db: Db, input: ListQueryInput | unknown): Page<ServiceIssueRow> {
  const { drill, ...query } = parseOrThrow(drillListQuery, input);
  return runList(db, listSpec, query, drill && drillWhere(db, 'serviceIssues', drill), toRow);
}

export function getServiceIssue(db: Db, id: number): ServiceIssueRow {
  const row = db.prepare(`SELECT ${listSpec.select} FROM ${listSpec.from} WHERE s.id = ?`).get(id) as
    Record<string, unknown> | undefined;
  if (!row) throw notFound('企业诉求', id);
  return toRow(row);
}
