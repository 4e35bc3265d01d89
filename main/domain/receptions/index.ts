import { FIELD_NAMES as F } from '@contract/shared/glossary';
import type { Db } from '../../db/open';
import type { Actor } from '../shared/actor';
import { DomainError, notFound } from '@contract/shared/errors';
import type { ListQueryInput, Page } from '@contract/shared/listQuery';
import { parseOrThrow } from '../shared/validate';
import { drillListQuery } from '@contract/indicators/drillSchema';
import { drillWhere } from '../indicators/figures';
import { runList, type ListSpec } from '../store/list';
import { defineTable } from '../store/table';
import { assertRefs, resolveParties } from '../shared/refs';
import {
  RECEPTION_END_BEFORE_START,
  receptionCreate,
  receptionUpdate,
  type Reception,
  type ReceptionRow,
} from '@contract/receptions/schema';

export { receptionTotals } from './totalsQuery';

export const receptions = defineTable<Reception>({
  table: 'receptions',
  entity: 'reception',
  label: '来访接待',
  columns: {
    id: 'id',
    startsOn: 'starts_on',
    endsOn: 'ends_on',
    companyId: 'company_id',
    projectId: 'project_id',
    delegation: 'delegation',
    headcount: 'headcount',
    hostId: 'host_id',
    itinerary: 'itinerary',
    outcome: 'outcome',
    createdAt: 'created_at',
    updatedAt: 'updated_at',
  },
});

export function createReception(db: Db, actor: Actor, input: unknown): Reception {
  const { companyId, projectId, ...data } = parseOrThrow(receptionCreate, input);
  return db
    .transaction(() => {
      assertRefs(db, [{ table: 'staff', id: data.hostId, field: 'hostId', label: F.reception.hostId }]);
      // A delegation may come before any company is on file, so neither is required.
      const parties = resolveParties(db, companyId ?? null, projectId ?? null, false);
      return receptions.insert(db, actor, { ...data, ...parties });
    })
    .immediate();
}

export function updateReception(db: Db, actor: Actor, input: unknown): Reception {
  const { id, patch } = parseOrThrow(receptionUpdate, input);
  return db
    .transaction(() => {
      const before = receptions.require(db, id);
      const startsOn = patch.startsOn ?? before.startsOn;
      const endsOn = patch.endsOn ?? before.endsOn;
      if (endsOn < startsOn) {
        throw new DomainError('VALIDATION', RECEPTION_END_BEFORE_START, {
          endsOn: RECEPTION_END_BEFORE_START,
        });
      }
      assertRefs(db, [{ table: 'staff', id: patch.hostId, field: 'hostId', label: F.reception.hostId }]);
      const companyId =
        patch.companyId !== undefined ? patch.companyId : patch.projectId ? null : before.companyId;
      const projectId = patch.projectId !== undefined ? patch.projectId : before.projectId;
      const parties = resolveParties(db, companyId ?? null, projectId ?? null, false);
      return receptions.update(db, actor, id, { ...patch, ...parties });
    })
    .immediate();
}

export function deleteReception(db: Db, actor: Actor, id: number): void {
  db.transaction(() => {
    receptions.remove(db, actor, id);
  }).immediate();
}

export function getReception(db: Db, id: number): ReceptionRow {
  const row = db.prepare(`SELECT ${listSpec.select} FROM ${listSpec.from} WHERE r.id = ?`).get(id) as
    ReceptionRow | undefined;
  if (!row) throw notFound('来访接待', id);
  return row;
}

const days = '(CAST(julianday(r.ends_on) - julianday(r.starts_on) AS INTEGER) + 1)';

const listSpec: ListSpec = {
  from: `receptions r LEFT JOIN companies c ON c.id = r.company_id LEFT JOIN projects p ON p.id = r.project_id
    LEFT JOIN staff h ON h.id = r.host_id`,
  select: `r.id, r.starts_on AS startsOn, r.ends_on AS endsOn, r.company_id AS companyId, r.project_id AS projectId,
    r.delegation, r.headcount, r.host_id AS hostId, r.itinerary, r.outcome, r.created_at AS createdAt,
    r.updated_at AS updatedAt, c.name AS companyName, p.name AS projectName, h.name AS hostName, ${days} AS days`,
  key: 'r.id',
  columns: {
    id: { sql: 'r.id', type: 'number' },
    startsOn: { sql: 'r.starts_on', type: 'date' },
    endsOn: { sql: 'r.ends_on', type: 'date' },
    companyId: { sql: 'r.company_id', type: 'number' },
    companyName: {
      sql: 'c.name',
      type: 'text',
      names: { kind: 'company', id: 'r.company_id', name: 'c.name' },
    },
    projectId: { sql: 'r.project_id', type: 'number' },
    projectName: {
      sql: 'p.name',
      type: 'text',
      names: { kind: 'project', id: 'r.project_id', name: 'p.name' },
    },
    delegation: { sql: 'r.delegation', type: 'text' },
    headcount: { sql: 'r.headcount', type: 'number' },
    hostId: { sql: 'r.host_id', type: 'number' },
    hostName: { sql: 'h.name', type: 'text', names: { kind: 'staff', id: 'r.host_id', name: 'h.name' } },
    days: { sql: days, type: 'number' },
    outcome: { sql: 'r.outcome', type: 'text' },
    updatedAt: { sql: 'r.updated_at', type: 'date' },
  },
  search: ['r.delegation', 'r.outcome'],
  searchNames: [
    { kind: 'company', id: 'r.company_id', name: 'c.name' },
    { kind: 'project', id: 'r.project_id', name: 'p.name' },
    { kind: 'staff', id: 'r.host_id', name: 'h.name' },
  ],
  defaultSort: 'r.starts_on DESC',
};

export function listReceptions(db: Db, input: ListQueryInput | unknown): Page<ReceptionRow> {
  const { drill, ...query } = parseOrThrow(drillListQuery, input);
  return runList<ReceptionRow>(db, listSpec, query, drill && drillWhere(db, 'receptions', drill));
}
