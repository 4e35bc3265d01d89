import type { Db } from '../../db/open';
import type { Actor } from '../shared/actor';
import { DomainError, invalid, notFound } from '@contract/shared/errors';
import { listQuery, type Page } from '@contract/shared/listQuery';
import { parseOrThrow } from '../shared/validate';
import { runList, type ListSpec } from '../store/list';
import { defineTable } from '../store/table';
import { staffCreate, staffUpdate, type Staff, type StaffRow } from '@contract/people/schema';

export const staff = defineTable<Staff>({
  table: 'staff',
  entity: 'staff',
  label: '人员',
  columns: {
    id: 'id',
    name: 'name',
    title: 'title',
    role: 'role',
    leaderLevel: 'leader_level',
    teamId: 'team_id',
    mobile: 'mobile',
    email: 'email',
    active: 'active',
    createdAt: 'created_at',
    updatedAt: 'updated_at',
  },
  booleans: ['active'],
});

function assertTeam(db: Db, teamId: number | null | undefined): void {
  if (teamId == null) return;
  const found = db.prepare(`SELECT 1 FROM teams WHERE id = ?`).get(teamId);
  if (!found) throw invalid('teamId', '所选团队不存在或已被删除');
}

function assertLeaderLevel(role: string, leaderLevel: string | null | undefined): void {
  if (role !== 'leader' && leaderLevel) throw invalid('leaderLevel', '只有带队领导需要填写领导级别');
}

export function createStaff(db: Db, actor: Actor, input: unknown): StaffRow {
  const data = parseOrThrow(staffCreate, input);
  assertLeaderLevel(data.role ?? 'member', data.leaderLevel);
  return db
    .transaction(() => {
      assertTeam(db, data.teamId);
      return getStaff(db, staff.insert(db, actor, data).id);
    })
    .immediate();
}

export function updateStaff(db: Db, actor: Actor, input: unknown): StaffRow {
  const { id, patch } = parseOrThrow(staffUpdate, input);
  return db
    .transaction(() => {
      const before = staff.require(db, id);
      const role = patch.role ?? before.role;
      const values = { ...patch };
      // Someone who stops leading keeps no level: a stale level would count them in trip quotas.
      if (role !== 'leader' && patch.leaderLevel === undefined) values.leaderLevel = null;
      assertLeaderLevel(role, values.leaderLevel);
      if (patch.teamId !== undefined) assertTeam(db, patch.teamId);
      staff.update(db, actor, id, values);
      return getStaff(db, id);
    })
    .immediate();
}

// Deleting would silently drop them from meeting records and trips (cascades); people who
// leave are marked inactive instead, so the ledger keeps who did what.
const REFERENCES: [sql: string, what: string][] = [
  ['SELECT count(*) FROM projects WHERE owner_id = ?', '负责 %d 个项目'],
  ['SELECT count(*) FROM interaction_staff WHERE staff_id = ?', '参加过 %d 次洽谈/走访'],
  ['SELECT count(*) FROM trips WHERE leader_id = ?', '带队 %d 次外出招商'],
  ['SELECT count(*) FROM trip_members WHERE staff_id = ?', '参加 %d 次外出招商'],
  ['SELECT count(*) FROM receptions WHERE host_id = ?', '接待 %d 批客商'],
  ['SELECT count(*) FROM service_issues WHERE owner_id = ?', '负责 %d 件企业诉求'],
  ['SELECT count(*) FROM teams WHERE leader_id = ?', '担任 %d 个团队负责人'],
];

export function deleteStaff(db: Db, actor: Actor, id: number): void {
  db.transaction(() => {
    staff.require(db, id);
    const uses = REFERENCES.map(([sql, what]) => [db.prepare(sql).pluck().get(id) as number, what] as const)
      .filter(([n]) => n > 0)
      .map(([n, what]) => what.replace('%d', String(n)));
    if (uses.length) {
      throw new DomainError('IN_USE', `该人员${uses.join('、')}，不能删除；如已调离，请改为“停用”`);
    }
    staff.remove(db, actor, id);
  }).immediate();
}

const SELECT = `s.id, s.name, s.title, s.role, s.leader_level AS leaderLevel, s.team_id AS teamId, s.mobile, s.email,
  s.active, s.created_at AS createdAt, s.updated_at AS updatedAt, t.name AS teamName`;
const FROM = 'staff s LEFT JOIN teams t ON t.id = s.team_id';
const toRow = (r: Record<string, unknown>): StaffRow => ({ ...r, active: r.active === 1 }) as StaffRow;

export function getStaff(db: Db, id: number): StaffRow {
  const raw = db.prepare(`SELECT ${SELECT} FROM ${FROM} WHERE s.id = ?`).get(id) as
    Record<string, unknown> | undefined;
  if (!raw) throw notFound('人员', id);
  return toRow(raw);
}

const listSpec: ListSpec = {
  from: FROM,
  select: SELECT,
  key: 's.id',
  columns: {
    id: { sql: 's.id', type: 'number' },
    name: { sql: 's.name', sortSql: 's.name_sort', type: 'text' },
    title: { sql: 's.title', type: 'text' },
    role: { sql: 's.role', type: 'text' },
    leaderLevel: { sql: 's.leader_level', type: 'text' },
    teamId: { sql: 's.team_id', type: 'number' },
    teamName: { sql: 't.name', sortSql: 't.name_sort', type: 'text' },
    mobile: { sql: 's.mobile', type: 'text' },
    email: { sql: 's.email', type: 'text' },
    active: { sql: 's.active', type: 'bool' },
    updatedAt: { sql: 's.updated_at', type: 'date' },
  },
  search: ['s.title'],
  searchNames: [
    { kind: 'staff', id: 's.id', name: 's.name' },
    { kind: 'team', id: 's.team_id', name: 't.name' },
  ],
  defaultSort: 's.active DESC, s.name ASC',
};

/** Staff are few (tens): a picker asks for one page of up to 500 and gets everyone. */
export function listStaff(db: Db, input: unknown): Page<StaffRow> {
  return runList(db, listSpec, parseOrThrow(listQuery, input), undefined, toRow);
}
