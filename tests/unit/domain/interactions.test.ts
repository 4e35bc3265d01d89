import { describe, expect, it } from 'vitest';
import type { ApiContext } from '../../../main/api/context';
import { dispatch } from '../../../main/api/dispatch';
import { createCompany } from '../../../main/domain/companies';
import { createContact } from '../../../main/domain/contacts';
import {
  createInteraction,
  deleteInteraction,
  getInteraction,
  listInteractions,
  updateInteraction,
} from '../../../main/domain/interactions';
import { INTERACTION_KINDS, INTERACTION_KIND_LABELS } from '@contract/interactions/kinds';
import { createStaff } from '../../../main/domain/people';
import { createProject, getProject, updateProject } from '../../../main/domain/projects';
import { historyOf } from '../../../main/domain/store/audit';
import { todayLocal } from '@contract/shared/time';
import { addDays } from '@contract/indicators/period';
import { domainError, freshDb, rowCount } from '../testDb';

const actor = { name: '小分队' };
const inDays = (n: number): string => addDays(todayLocal(), n);

function setup() {
  const db = freshDb();
  const company = createCompany(db, actor, { name: '海康威视数字技术股份有限公司' });
  const other = createCompany(db, actor, { name: '宁波某某电子有限公司' });
  const project = createProject(db, actor, { name: '安防产业园项目', companyId: company.id });
  const chairman = createContact(db, actor, { companyId: company.id, name: '胡董事长', isKey: true });
  const manager = createContact(db, actor, { companyId: company.id, name: '陈经理' });
  const outsider = createContact(db, actor, { companyId: other.id, name: '毛总' });
  const director = createStaff(db, actor, { name: '王主任', role: 'leader', leaderLevel: 'zone' });
  const member = createStaff(db, actor, { name: '赵专员' });
  return { db, company, other, project, chairman, manager, outsider, director, member };
}

describe('interaction kinds', () => {
  it('labels every kind in Chinese', () => {
    expect(INTERACTION_KINDS.map((k) => INTERACTION_KIND_LABELS[k])).toContain('夜沙龙');
    expect(INTERACTION_KINDS).toHaveLength(11);
  });
});

describe('interactions', () => {
  it('files a meeting about a project under its company, with attendees on both sides', () => {
    const { db, company, project, chairman, manager, director, member } = setup();
    const i = createInteraction(db, actor, {
      projectId: project.id,
      kind: 'visit_out',
      occurredOn: '2021-05-21',
      place: '杭州',
      summary: '拜访海康威视，介绍园区政策',
      staffIds: [member.id, director.id, member.id],
      contactIds: [manager.id, chairman.id],
      theirAttendeesText: '另有财务总监一名',
    });
    expect(i).toMatchObject({
      companyId: company.id,
      companyName: company.name,
      projectName: '安防产业园项目',
      createdBy: '小分队',
      staffIds: [director.id, member.id].sort((a, b) => a - b),
      contactIds: [chairman.id, manager.id],
    });
    expect(i.staff.map((s) => s.name).sort()).toEqual(['王主任', '赵专员']);
    expect(i.contacts.map((c) => c.name)).toEqual(['胡董事长', '陈经理']);
    const audit = historyOf(db, 'interaction', i.id);
    expect(audit.map((a) => a.action)).toEqual(['update', 'create']);
    expect(audit[0]).toMatchObject({
      before: { staffIds: [], contactIds: [] },
      after: { contactIds: [chairman.id, manager.id] },
    });
  });

  it('refuses contacts of another company as attendees and writes nothing', () => {
    const { db, company, outsider, chairman } = setup();
    const before = { rows: rowCount(db, 'interactions'), audit: rowCount(db, 'audit_log') };
    const err = domainError(() =>
      createInteraction(db, actor, {
        companyId: company.id,
        kind: 'meeting',
        occurredOn: '2024-05-01',
        summary: '会谈',
        contactIds: [chairman.id, outsider.id],
      }),
    );
    expect(err.code).toBe('VALIDATION');
    expect(err.fields?.contactIds).toBe('“毛总”不是该企业的联系人');
    expect(rowCount(db, 'interactions')).toBe(before.rows);
    expect(rowCount(db, 'interaction_contacts')).toBe(0);
    expect(rowCount(db, 'audit_log')).toBe(before.audit);
  });

  it('refuses a record with neither company nor project, a project of another company, or a blank summary', () => {
    const { db, other, project } = setup();
    const e1 = domainError(() =>
      createInteraction(db, actor, { kind: 'call', occurredOn: '2024-05-01', summary: '电话' }),
    );
    expect(e1.fields?.companyId).toBe('请选择企业或项目');
    const e2 = domainError(() =>
      createInteraction(db, actor, {
        companyId: other.id,
        projectId: project.id,
        kind: 'call',
        occurredOn: '2024-05-01',
        summary: '电话',
      }),
    );
    expect(e2.fields?.projectId).toBe('该项目不属于所选企业');
    const e3 = domainError(() =>
      createInteraction(db, actor, {
        companyId: other.id,
        kind: 'tea',
        occurredOn: '2024-02-30',
        summary: ' ',
      }),
    );
    expect(e3.fields).toMatchObject({
      occurredOn: '日期应为有效日期（YYYY-MM-DD）',
      summary: '请填写洽谈内容',
    });
    expect(rowCount(db, 'interactions')).toBe(0);
  });

  it('sets the project follow-up from the next step, by the documented rule', () => {
    const { db, project } = setup();
    const base = { projectId: project.id, kind: 'call' as const, summary: '电话沟通' };

    createInteraction(db, actor, {
      ...base,
      occurredOn: inDays(-20),
      nextStep: '寄送资料',
      nextStepOn: inDays(-10),
    });
    expect(getProject(db, project.id)).toMatchObject({
      nextFollowUpOn: inDays(-10),
      nextFollowUpNote: '寄送资料',
    });

    const visit = createInteraction(db, actor, {
      ...base,
      occurredOn: inDays(-1),
      nextStep: '邀请来园区考察',
      nextStepOn: inDays(14),
    });
    expect(getProject(db, project.id)).toMatchObject({
      nextFollowUpOn: inDays(14),
      nextFollowUpNote: '邀请来园区考察',
    });
    expect(historyOf(db, 'project', project.id)[0]).toMatchObject({
      action: 'update',
      before: { nextFollowUpOn: inDays(-10) },
      after: { nextFollowUpOn: inDays(14), nextFollowUpNote: '邀请来园区考察' },
    });

    createInteraction(db, actor, {
      ...base,
      occurredOn: inDays(-30),
      nextStep: '旧事项',
      nextStepOn: inDays(-25),
    });
    createInteraction(db, actor, {
      ...base,
      occurredOn: inDays(0),
      nextStep: '已办',
      nextStepOn: inDays(30),
      nextStepDone: true,
    });
    expect(getProject(db, project.id).nextFollowUpOn).toBe(inDays(14));

    const newer = createInteraction(db, actor, {
      ...base,
      occurredOn: inDays(0),
      nextStep: '签约准备',
      nextStepOn: inDays(7),
    });
    expect(getProject(db, project.id).nextFollowUpOn).toBe(inDays(7));
    updateInteraction(db, actor, { id: visit.id, patch: { summary: '电话沟通（补记）' } });
    expect(getProject(db, project.id).nextFollowUpOn).toBe(inDays(7));
    updateInteraction(db, actor, { id: newer.id, patch: { nextStepOn: inDays(9) } });
    expect(getProject(db, project.id)).toMatchObject({
      nextFollowUpOn: inDays(9),
      nextFollowUpNote: '签约准备',
    });
  });

  it('replaces attendees on update with an audit of the id lists, and audits deletion', () => {
    const { db, company, chairman, manager, director, member } = setup();
    const i = createInteraction(db, actor, {
      companyId: company.id,
      kind: 'breakfast',
      occurredOn: '2024-05-01',
      summary: '早餐会',
      staffIds: [director.id],
      contactIds: [chairman.id],
    });
    const u = updateInteraction(db, actor, {
      id: i.id,
      patch: { staffIds: [director.id, member.id], place: '园区会客厅' },
    });
    expect(u.staffIds).toEqual([director.id, member.id]);
    expect(u.contactIds).toEqual([chairman.id]);
    expect(historyOf(db, 'interaction', i.id)[0]).toMatchObject({
      before: { staffIds: [director.id] },
      after: { staffIds: [director.id, member.id] },
    });
    const e = domainError(() => updateInteraction(db, actor, { id: i.id, patch: { staffIds: [9999] } }));
    expect(e.fields?.staffIds).toBe('所选我方人员中有人不存在或已被删除');
    expect(getInteraction(db, i.id).staffIds).toEqual([director.id, member.id]);

    updateInteraction(db, actor, { id: i.id, patch: { contactIds: [manager.id] } });
    deleteInteraction(db, actor, i.id);
    expect(rowCount(db, 'interactions')).toBe(0);
    expect(rowCount(db, 'interaction_staff')).toBe(0);
    const [deleted, cleared] = historyOf(db, 'interaction', i.id);
    expect(deleted).toMatchObject({ action: 'delete', before: { summary: '早餐会' } });
    expect(cleared).toMatchObject({
      before: { staffIds: [director.id, member.id], contactIds: [manager.id] },
      after: { staffIds: [], contactIds: [] },
    });
  });

  it('moves a record to another project and so to that project’s company', () => {
    const { db, company, other, project } = setup();
    const second = createProject(db, actor, { name: '宁波电子项目', companyId: other.id });
    const i = createInteraction(db, actor, {
      projectId: project.id,
      kind: 'call',
      occurredOn: '2024-05-01',
      summary: '电话',
    });
    expect(i.companyId).toBe(company.id);
    const moved = updateInteraction(db, actor, { id: i.id, patch: { projectId: second.id } });
    expect(moved).toMatchObject({ projectId: second.id, companyId: other.id });
  });

  it('files earlier meetings under the company a project later gets, and keeps the project on its company', () => {
    const { db, company, other } = setup();
    const bare = createProject(db, actor, { name: '待定企业项目' });
    const i = createInteraction(db, actor, {
      projectId: bare.id,
      kind: 'call',
      occurredOn: '2024-05-01',
      summary: '中介推荐',
    });
    expect(i.companyId).toBeNull();
    updateProject(db, actor, { id: bare.id, patch: { companyId: company.id } });
    expect(getInteraction(db, i.id).companyId).toBe(company.id);
    expect(historyOf(db, 'interaction', i.id)[0]).toMatchObject({
      before: { companyId: null },
      after: { companyId: company.id },
    });
    const err = domainError(() => updateProject(db, actor, { id: bare.id, patch: { companyId: other.id } }));
    expect(err.fields?.companyId).toBe('该项目已有 1 条洽谈记录属于原企业，不能更换企业');
    expect(getProject(db, bare.id).companyId).toBe(company.id);
  });

  it('lists with scope, search and sort; attendee names are shown but not sortable', () => {
    const { db, company, other, project, director } = setup();
    createInteraction(db, actor, {
      projectId: project.id,
      kind: 'visit_in',
      occurredOn: '2024-05-02',
      summary: '来园区考察厂房',
      staffIds: [director.id],
    });
    createInteraction(db, actor, {
      companyId: company.id,
      kind: 'call',
      occurredOn: '2024-05-01',
      summary: '电话约时间',
    });
    createInteraction(db, actor, {
      companyId: other.id,
      kind: 'salon',
      occurredOn: '2024-05-03',
      summary: '夜沙龙交流',
    });

    expect(listInteractions(db, {}).rows.map((r) => r.occurredOn)).toEqual([
      '2024-05-03',
      '2024-05-02',
      '2024-05-01',
    ]);
    expect(listInteractions(db, { companyId: company.id }).total).toBe(2);
    const scoped = listInteractions(db, { projectId: project.id });
    expect(scoped.rows).toMatchObject([
      { summary: '来园区考察厂房', staffNames: '王主任', projectName: '安防产业园项目' },
    ]);
    expect(listInteractions(db, { q: '厂房' }).total).toBe(1);
    expect(
      listInteractions(db, {
        filters: { kind: { type: 'set', values: ['call', 'salon'] } },
        sort: [{ col: 'occurredOn', dir: 'asc' }],
      }).rows.map((r) => r.kind),
    ).toEqual(['call', 'salon']);
    expect(domainError(() => listInteractions(db, { sort: [{ col: 'staffNames', dir: 'asc' }] })).code).toBe(
      'BAD_COLUMN',
    );
  });

  it('works through dispatch and refuses unknown keys', async () => {
    const { db, company, chairman } = setup();
    const ctx: ApiContext = { db, actor: { name: '测试' }, databasePath: '', appVersion: '0', emit() {} };
    const ok = await dispatch(ctx, 'interactions.create', {
      companyId: company.id,
      kind: 'promotion',
      occurredOn: '2024-05-19',
      summary: '宁海峰会推介',
      contactIds: [chairman.id],
    });
    expect(ok).toMatchObject({ ok: true, value: { createdBy: '测试', contacts: [{ name: '胡董事长' }] } });
    const extra = await dispatch(ctx, 'interactions.create', {
      companyId: company.id,
      kind: 'call',
      occurredOn: '2024-05-19',
      summary: 'x',
      mood: 'good',
    });
    expect(extra).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const badKind = await dispatch(ctx, 'interactions.create', {
      companyId: company.id,
      kind: 'party',
      occurredOn: '2024-05-19',
      summary: 'x',
    });
    expect(badKind).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { kind: '洽谈方式取值无效' } },
    });
    expect(rowCount(db, 'interactions')).toBe(1);
  });
});
