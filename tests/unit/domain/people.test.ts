import { describe, expect, it } from 'vitest';
import type { ApiContext } from '../../../main/api/context';
import { dispatch } from '../../../main/api/dispatch';
import {
  createStaff,
  createTeam,
  deleteStaff,
  deleteTeam,
  listStaff,
  listTeams,
  updateStaff,
  updateTeam,
} from '../../../main/domain/people';
import { createProject } from '../../../main/domain/projects';
import { historyOf } from '../../../main/domain/store/audit';
import { domainError, freshDb, rowCount } from '../testDb';

const actor = { name: '李主任' };

describe('teams and staff', () => {
  it('creates a team and its members; the list shows team name, leader and member count', () => {
    const db = freshDb();
    const team = createTeam(db, actor, { name: '第一招商小分队', kind: 'squad', region: '长三角' });
    const lead = createStaff(db, actor, {
      name: '王局长',
      role: 'leader',
      leaderLevel: 'zone',
      teamId: team.id,
      mobile: '+86 139-0000-1111',
    });
    createStaff(db, actor, { name: '赵专员', teamId: team.id });
    updateTeam(db, actor, { id: team.id, patch: { leaderId: lead.id } });

    expect(lead.mobile).toBe('13900001111');
    expect(lead.teamName).toBe('第一招商小分队');
    expect(lead.active).toBe(true);
    const [row] = listTeams(db);
    expect(row).toMatchObject({ name: '第一招商小分队', leaderName: '王局长', memberCount: 2, active: true });

    const page = listStaff(db, { sort: [{ col: 'name', dir: 'asc' }] });
    expect(page.total).toBe(2);
    expect(page.rows.map((s) => s.name)).toEqual(['王局长', '赵专员']);
    expect(page.rows[1]).toMatchObject({ role: 'member', teamName: '第一招商小分队' });
    expect(listStaff(db, { q: '赵' }).rows.map((s) => s.name)).toEqual(['赵专员']);
  });

  it('finds a team by its pinyin or initials, as the pickers search, in the office order', () => {
    const db = freshDb();
    for (const name of ['招商二分队', '招商一分队', '产业链专班', '招商十二分队'])
      createTeam(db, actor, { name, kind: 'squad' });
    const names = (q: string) => listTeams(db, { q }).map((t) => t.name);
    expect(names('zsefd')).toEqual(['招商二分队']);
    expect(names('zhaoshang')).toEqual(['招商一分队', '招商二分队', '招商十二分队']);
    expect(names('cylzb')).toEqual(['产业链专班']);
    expect(names('分队')).toEqual(['招商一分队', '招商二分队', '招商十二分队']);
    expect(names('xyz')).toEqual([]);
    expect(names('  ')).toHaveLength(4);
  });

  it('refuses a leader level on someone who does not lead, and a missing team, writing nothing', () => {
    const db = freshDb();
    const e1 = domainError(() =>
      createStaff(db, actor, { name: '钱办事员', role: 'office', leaderLevel: 'city' }),
    );
    expect(e1.code).toBe('VALIDATION');
    expect(e1.fields?.leaderLevel).toBe('只有带队领导需要填写领导级别');
    const e2 = domainError(() => createStaff(db, actor, { name: '孙专员', teamId: 99 }));
    expect(e2.fields?.teamId).toBe('所选团队不存在或已被删除');
    const e3 = domainError(() => createStaff(db, actor, { name: '周专员', mobile: '1380013800' }));
    expect(e3.fields?.mobile).toContain('11位手机号');
    const e4 = domainError(() => createStaff(db, actor, { name: '', email: 'not-an-email' }));
    expect(e4.fields).toMatchObject({ name: '请填写姓名', email: '邮箱格式不正确' });
    expect(rowCount(db, 'staff')).toBe(0);
    expect(rowCount(db, 'audit_log')).toBe(0);
  });

  it('clears the leader level when someone stops leading and audits the change', () => {
    const db = freshDb();
    const s = createStaff(db, actor, { name: '吴主任', role: 'leader', leaderLevel: 'city' });
    const after = updateStaff(db, actor, { id: s.id, patch: { role: 'member' } });
    expect(after.leaderLevel).toBeNull();
    const [last] = historyOf(db, 'staff', s.id);
    expect(last).toMatchObject({
      action: 'update',
      before: { role: 'leader', leaderLevel: 'city' },
      after: { role: 'member', leaderLevel: null },
    });
  });

  it('refuses a duplicate team name', () => {
    const db = freshDb();
    createTeam(db, actor, { name: '项目专班' });
    const err = domainError(() => createTeam(db, actor, { name: ' 项目专班 ' }));
    expect(err.code).toBe('DUPLICATE');
    expect(err.fields?.name).toBe('已有同名团队');
    expect(rowCount(db, 'teams')).toBe(1);
  });

  it('keeps people and teams that the ledger refers to; unused ones can be deleted', () => {
    const db = freshDb();
    const team = createTeam(db, actor, { name: '二队' });
    const owner = createStaff(db, actor, { name: '郑专员', teamId: team.id });
    createProject(db, actor, { name: '新能源电池项目', ownerId: owner.id });
    const e1 = domainError(() => deleteStaff(db, actor, owner.id));
    expect(e1.code).toBe('IN_USE');
    expect(e1.message).toContain('负责 1 个项目');
    const e2 = domainError(() => deleteTeam(db, actor, team.id));
    expect(e2.code).toBe('IN_USE');
    expect(e2.message).toContain('1 名成员');

    const spare = createStaff(db, actor, { name: '冯实习' });
    deleteStaff(db, actor, spare.id);
    expect(rowCount(db, 'staff')).toBe(1);
    expect(historyOf(db, 'staff', spare.id)[0]).toMatchObject({
      action: 'delete',
      before: { name: '冯实习' },
      after: null,
    });
    expect(domainError(() => deleteStaff(db, actor, spare.id)).code).toBe('NOT_FOUND');
  });

  it('works through dispatch and refuses unknown keys', async () => {
    const db = freshDb();
    const ctx: ApiContext = { db, actor: { name: '测试' }, databasePath: '', appVersion: '0', emit() {} };
    const created = await dispatch(ctx, 'teams.create', { name: '招商局', kind: 'bureau' });
    expect(created).toMatchObject({ ok: true, value: { name: '招商局', kind: 'bureau', memberCount: 0 } });
    const extra = await dispatch(ctx, 'staff.create', { name: '陈专员', salary: 1 });
    expect(extra.ok).toBe(false);
    if (!extra.ok) expect(extra.error.code).toBe('VALIDATION');
    const list = await dispatch(ctx, 'staff.list', { limit: 500 });
    expect(list).toMatchObject({ ok: true, value: { total: 0 } });
    expect(rowCount(db, 'staff')).toBe(0);
  });
});
