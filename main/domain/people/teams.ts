import { sortKey } from '../shared/sortKey';
import type { Db } from '../../db/open';
import type { Actor } from '../shared/actor';
import { DomainError, invalid, notFound } from '@contract/shared/errors';
import { searchIds } from '../search/listMatch';
import { parseOrThrow } from '../shared/validate';
import { defineTable } from '../store/table';
import { teamCreate, teamListInput, teamUpdate, type Team, type TeamRow } from '@contract/people/schema';

export const teams = defineTable<Team>({
  table: 'teams',
  entity: 'team',
  label: '团队',
  columns: {
    id: 'id',
    name: 'name',
    kind: 'kind',
    leaderId: 'leader_id',
    region: 'region',
    active: 'active',
    createdAt: 'created_at',
    updatedAt: 'updated_at',
  },
  booleans: ['active'],
});

function assertLeader(db: Db, leaderId: number | null | undefined): void {
  if (leaderId == null) return;
  if (!db.prepare(`SELECT 1 FROM staff WHERE id = ?`).get(leaderId))
    throw invalid('leaderId', '所选负责人不存在或已被删除');
}

function assertNameFree(db: Db, name: string, exceptId?: number): void {
  const other = db.prepare(`SELECT id FROM teams WHERE name = ?`).pluck().get(name) as number | undefined;
  if (other !== undefined && other !== exceptId) {
    throw new DomainError('DUPLICATE', `已有名为“${name}”的团队`, { name: '已有同名团队' });
  }
}

export function createTeam(db: Db, actor: Actor, input: unknown): TeamRow {
  const data = parseOrThrow(teamCreate, input);
  return db
    .transaction(() => {
      assertNameFree(db, data.name);
      assertLeader(db, data.leaderId);
      return getTeam(db, teams.insert(db, actor, data).id);
    })
    .immediate();
}

export function updateTeam(db: Db, actor: Actor, input: unknown): TeamRow {
  const { id, patch } = parseOrThrow(teamUpdate, input);
  return db
    .transaction(() => {
      teams.require(db, id);
      if (patch.name !== undefined) assertNameFree(db, patch.name, id);
      if (patch.leaderId !== undefined) assertLeader(db, patch.leaderId);
      teams.update(db, actor, id, patch);
      return getTeam(db, id);
    })
    .immediate();
}

/**
 * A team's targets would cascade away with it, and members and projects would lose their team
 * without a trace in the audit log; such a team is deactivated instead.
 */
export function deleteTeam(db: Db, actor: Actor, id: number): void {
  db.transaction(() => {
    teams.require(db, id);
    const count = (sql: string): number => db.prepare(sql).pluck().get(id) as number;
    const uses = [
      [count('SELECT count(*) FROM staff WHERE team_id = ?'), '%d 名成员'],
      [count('SELECT count(*) FROM projects WHERE team_id = ?'), '%d 个项目'],
      [count('SELECT count(*) FROM targets WHERE team_id = ?'), '%d 项目标任务'],
      [count('SELECT count(*) FROM trips WHERE team_id = ?'), '%d 次外出招商'],
    ] as const;
    const found = uses.filter(([n]) => n > 0).map(([n, what]) => what.replace('%d', String(n)));
    if (found.length)
      throw new DomainError('IN_USE', `该团队还有${found.join('、')}，不能删除；可改为“停用”`);
    teams.remove(db, actor, id);
  }).immediate();
}

const SELECT = `t.id, t.name, t.kind, t.leader_id AS leaderId, t.region, t.active, t.created_at AS createdAt,
  t.updated_at AS updatedAt, l.name AS leaderName,
  (SELECT count(*) FROM staff m WHERE m.team_id = t.id) AS memberCount`;
const FROM = 'teams t LEFT JOIN staff l ON l.id = t.leader_id';
const toRow = (r: Record<string, unknown>): TeamRow => ({ ...r, active: r.active === 1 }) as TeamRow;

export function getTeam(db: Db, id: number): TeamRow {
  const raw = db.prepare(`SELECT ${SELECT} FROM ${FROM} WHERE t.id = ?`).get(id) as
    Record<string, unknown> | undefined;
  if (!raw) throw notFound('团队', id);
  return toRow(raw);
}

/** Teams are a handful: all of them, active first, for pickers and the settings page. */
export function listTeams(db: Db, input: unknown = {}): TeamRow[] {
  const { activeOnly, q } = parseOrThrow(teamListInput, input);
  const found = q?.trim() ? searchIds(db, 'team', q) : null;
  const where = [
    ...(activeOnly ? ['t.active = 1'] : []),
    ...(found ? ['t.id IN (SELECT value FROM json_each(@found))'] : []),
  ];
  const rows = db
    .prepare(`SELECT ${SELECT} FROM ${FROM} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`)
    .all(found ? { found: JSON.stringify(found) } : {});
  // In the office's order: 招商一分队, 二, 三 … by number, other names by pinyin; active first.
  const keyed = (rows as Record<string, unknown>[]).map((r) => ({
    row: toRow(r),
    key: sortKey(String(r.name)),
  }));
  keyed.sort(
    (a, b) => Number(b.row.active) - Number(a.row.active) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return keyed.map((k) => k.row);
}
