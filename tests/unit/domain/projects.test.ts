import { describe, expect, it } from 'vitest';
import type { ApiContext } from '../../../main/api/context';
import { dispatch } from '../../../main/api/dispatch';
import { createCompany } from '../../../main/domain/companies';
import { createStaff, createTeam } from '../../../main/domain/people';
import {
  changeStage,
  createArrival,
  createProject,
  deleteArrival,
  deleteProject,
  getProject,
  listArrivals,
  listProjects,
  stageHistory,
  updateProject,
} from '../../../main/domain/projects';
import { PROJECT_STAGES, STAGE_LABELS, stageChangeNeedsReason } from '@contract/projects/pipelineStages';
import { historyOf } from '../../../main/domain/store/audit';
import { todayLocal } from '@contract/shared/time';
import { addDays } from '@contract/indicators/period';
import { domainError, freshDb, rowCount } from '../testDb';

const actor = { name: '项目科' };
const daysAgo = (n: number): string => addDays(todayLocal(), -n);

function setup() {
  const db = freshDb();
  const company = createCompany(db, actor, { name: '长城汽车（邳州）有限公司', industry: '汽车' });
  const team = createTeam(db, actor, { name: '汽车产业链专班', kind: 'taskforce' });
  const owner = createStaff(db, actor, { name: '周专员', teamId: team.id });
  return { db, company, team, owner };
}

describe('stages', () => {
  it('lists every stage in pipeline order with a Chinese label', () => {
    expect(PROJECT_STAGES.map((s) => STAGE_LABELS[s]).join('')).toBe(
      '线索接洽考察洽谈签约注册开工投产达产终止',
    );
    expect(stageChangeNeedsReason('signed', 'negotiating')).toBe(true);
    expect(stageChangeNeedsReason('lead', 'signed')).toBe(false);
    expect(stageChangeNeedsReason('dropped', 'lead')).toBe(true);
  });
});

describe('projects', () => {
  it('creates a lead dated today with a first history row and joined names', () => {
    const { db, company, team, owner } = setup();
    const p = createProject(db, actor, {
      name: '新能源汽车零部件项目',
      companyId: company.id,
      ownerId: owner.id,
      teamId: team.id,
      plannedAmount: 1_000_000_000,
      keyLevel: 'city',
    });
    expect(p).toMatchObject({
      stage: 'lead',
      stageSince: todayLocal(),
      companyName: company.name,
      ownerName: '周专员',
      teamName: '汽车产业链专班',
      plannedAmount: 1_000_000_000,
      daysInStage: 0,
      arrivedAmount: 0,
      isIndustrial: true,
    });
    expect(stageHistory(db, p.id)).toMatchObject([
      { fromStage: null, toStage: 'lead', changedOn: todayLocal(), actor: '项目科' },
    ]);
    expect(historyOf(db, 'project', p.id)[0]).toMatchObject({
      action: 'create',
      after: { name: '新能源汽车零部件项目' },
    });
  });

  it('refuses unknown references and bad amounts in Chinese, writing nothing', () => {
    const { db } = setup();
    const audits = rowCount(db, 'audit_log');
    const e1 = domainError(() => createProject(db, actor, { name: '某项目', ownerId: 404 }));
    expect(e1).toMatchObject({ code: 'VALIDATION', fields: { ownerId: '所选负责人不存在或已被删除' } });
    const e2 = domainError(() => createProject(db, actor, { name: '某项目', plannedAmount: 12.5 }));
    expect(e2.fields?.plannedAmount).toBe('计划投资应为整数（元）');
    const e3 = domainError(() => createProject(db, actor, { name: '某项目', stage: 'dropped' }));
    expect(e3.fields?.dropReason).toBe('终止的项目需要填写终止原因');
    expect(rowCount(db, 'projects')).toBe(0);
    expect(rowCount(db, 'project_stage_history')).toBe(0);
    expect(rowCount(db, 'audit_log')).toBe(audits);
  });

  it('stamps milestone dates the first time a stage is reached and records each move', () => {
    const { db } = setup();
    const p = createProject(db, actor, { name: '电池项目', stageSince: daysAgo(60) });
    changeStage(db, actor, { id: p.id, stage: 'contact', on: daysAgo(50) });
    const signed = changeStage(db, actor, {
      id: p.id,
      stage: 'signed',
      on: daysAgo(10),
      contractAmount: 500_000_000,
    });
    expect(signed).toMatchObject({
      stage: 'signed',
      contractAmount: 500_000_000,
      stageSince: daysAgo(10),
      firstContactOn: daysAgo(50),
      signedOn: daysAgo(10),
      daysInStage: 10,
    });

    const back = changeStage(db, actor, {
      id: p.id,
      stage: 'negotiating',
      on: daysAgo(5),
      reason: '合同条款需重新谈判',
    });
    expect(back.signedOn).toBe(daysAgo(10));
    const again = changeStage(db, actor, { id: p.id, stage: 'signed' });
    expect(again).toMatchObject({ signedOn: daysAgo(10), stageSince: todayLocal() });

    expect(stageHistory(db, p.id).map((h) => [h.fromStage, h.toStage, h.reason])).toEqual([
      [null, 'lead', null],
      ['lead', 'contact', null],
      ['contact', 'signed', null],
      ['signed', 'negotiating', '合同条款需重新谈判'],
      ['negotiating', 'signed', null],
    ]);
    expect(historyOf(db, 'project', p.id)[0]).toMatchObject({
      action: 'update',
      before: { stage: 'negotiating' },
      after: { stage: 'signed', stageSince: todayLocal() },
    });
  });

  it('refuses going back without a reason and leaves everything as it was', () => {
    const { db } = setup();
    const p = createProject(db, actor, { name: '电池项目' });
    changeStage(db, actor, { id: p.id, stage: 'visit' });
    const before = { history: rowCount(db, 'project_stage_history'), audit: rowCount(db, 'audit_log') };
    const err = domainError(() => changeStage(db, actor, { id: p.id, stage: 'contact', reason: '  ' }));
    expect(err.code).toBe('VALIDATION');
    expect(err.fields?.reason).toBe('阶段从“考察”退回“接洽”需要填写原因');
    expect(getProject(db, p.id).stage).toBe('visit');
    expect(rowCount(db, 'project_stage_history')).toBe(before.history);
    expect(rowCount(db, 'audit_log')).toBe(before.audit);
    expect(domainError(() => changeStage(db, actor, { id: p.id, stage: 'visit' })).fields?.stage).toBe(
      '项目已处于“考察”阶段',
    );
    const future = addDays(todayLocal(), 3);
    expect(
      domainError(() => changeStage(db, actor, { id: p.id, stage: 'signed', on: future })).fields?.on,
    ).toBe('变更日期不能晚于今天');
  });

  it('drops only with a reason, and revives only with one', () => {
    const { db } = setup();
    const p = createProject(db, actor, { name: '光伏项目' });
    const e = domainError(() => changeStage(db, actor, { id: p.id, stage: 'dropped' }));
    expect(e.fields?.reason).toBe('终止项目需要填写终止原因');
    const dropped = changeStage(db, actor, { id: p.id, stage: 'dropped', reason: '企业战略调整，转投他地' });
    expect(dropped).toMatchObject({
      stage: 'dropped',
      dropReason: '企业战略调整，转投他地',
      droppedOn: todayLocal(),
    });
    expect(domainError(() => changeStage(db, actor, { id: p.id, stage: 'negotiating' })).fields?.reason).toBe(
      '恢复已终止的项目需要填写原因',
    );
    const revived = changeStage(db, actor, { id: p.id, stage: 'negotiating', reason: '企业重新表达意向' });
    expect(revived).toMatchObject({ stage: 'negotiating', dropReason: null, droppedOn: null });
  });

  it('updates plain fields but never the stage', () => {
    const { db, company } = setup();
    const p = createProject(db, actor, { name: '电池项目' });
    const u = updateProject(db, actor, {
      id: p.id,
      patch: { companyId: company.id, contractAmount: 8_457_000_000 },
    });
    expect(u).toMatchObject({ companyName: company.name, contractAmount: 8_457_000_000 });
    const e = domainError(() => updateProject(db, actor, { id: p.id, patch: { stage: 'signed' } }));
    expect(e.code).toBe('VALIDATION');
    const e2 = domainError(() => updateProject(db, actor, { id: p.id, patch: { teamId: 77 } }));
    expect(e2.fields?.teamId).toBe('所选团队不存在或已被删除');
    expect(getProject(db, p.id).stage).toBe('lead');
  });

  it('sorts, filters and searches the grid, and refuses unknown columns', () => {
    const { db, company, owner } = setup();
    const other = createCompany(db, actor, { name: '海康威视' });
    const a = createProject(db, actor, {
      name: '整车项目',
      companyId: company.id,
      plannedAmount: 5_000_000_000,
      stageSince: daysAgo(30),
    });
    const b = createProject(db, actor, {
      name: '安防产业园',
      companyId: other.id,
      plannedAmount: 800_000_000,
      ownerId: owner.id,
    });
    const c = createProject(db, actor, {
      name: '配套项目',
      plannedAmount: 200_000_000,
      stageSince: daysAgo(3),
    });
    changeStage(db, actor, { id: c.id, stage: 'negotiating', on: daysAgo(3) });

    const byAmount = listProjects(db, { sort: [{ col: 'plannedAmount', dir: 'desc' }] });
    expect(byAmount.rows.map((r) => r.id)).toEqual([a.id, b.id, c.id]);
    const byDays = listProjects(db, { sort: [{ col: 'daysInStage', dir: 'desc' }] });
    expect(byDays.rows.map((r) => r.daysInStage)).toEqual([30, 3, 0]);
    const big = listProjects(db, {
      filters: { plannedAmount: { type: 'number', op: 'greaterThanOrEqual', value: 1_000_000_000 } },
    });
    expect(big.rows.map((r) => r.name)).toEqual(['整车项目']);
    expect(listProjects(db, { filters: { stage: { type: 'set', values: ['negotiating'] } } }).total).toBe(1);
    expect(listProjects(db, { q: '海康' }).rows.map((r) => r.name)).toEqual(['安防产业园']);
    expect(listProjects(db, { q: '周专员' }).rows.map((r) => r.name)).toEqual(['安防产业园']);
    expect(listProjects(db, { companyId: company.id }).total).toBe(1);
    expect(listProjects(db, { limit: 2 })).toMatchObject({ total: 3 });

    expect(domainError(() => listProjects(db, { sort: [{ col: 'secret', dir: 'asc' }] })).code).toBe(
      'BAD_COLUMN',
    );
    expect(
      domainError(() =>
        listProjects(db, { filters: { drop_reason: { type: 'text', op: 'contains', value: 'x' } } }),
      ).code,
    ).toBe('BAD_COLUMN');
  });

  it('records actual investment and sums it on the project', () => {
    const { db } = setup();
    const p = createProject(db, actor, { name: '整车项目' });
    createArrival(db, actor, { projectId: p.id, arrivedOn: '2024-03-01', amount: 300_000_000 });
    const second = createArrival(db, actor, {
      projectId: p.id,
      arrivedOn: '2024-06-30',
      amount: 58_000_000,
      note: '二期',
    });
    expect(getProject(db, p.id).arrivedAmount).toBe(358_000_000);
    expect(listArrivals(db, p.id).map((a) => a.amount)).toEqual([300_000_000, 58_000_000]);

    expect(
      domainError(() => createArrival(db, actor, { projectId: p.id, arrivedOn: '2024-07-01', amount: 0 }))
        .fields?.amount,
    ).toBe('到资金额应大于0');
    expect(
      domainError(() => createArrival(db, actor, { projectId: 999, arrivedOn: '2024-07-01', amount: 1 }))
        .code,
    ).toBe('NOT_FOUND');
    expect(rowCount(db, 'investment_arrivals')).toBe(2);

    expect(domainError(() => deleteProject(db, actor, p.id)).code).toBe('IN_USE');
    deleteArrival(db, actor, second.id);
    expect(getProject(db, p.id).arrivedAmount).toBe(300_000_000);
    expect(historyOf(db, 'investment_arrival', second.id)[0]).toMatchObject({
      action: 'delete',
      before: { amount: 58_000_000 },
    });
  });

  it('deletes a project without meetings or money, with its history', () => {
    const { db } = setup();
    const p = createProject(db, actor, { name: '误建项目' });
    deleteProject(db, actor, p.id);
    expect(rowCount(db, 'projects')).toBe(0);
    expect(rowCount(db, 'project_stage_history')).toBe(0);
    expect(historyOf(db, 'project', p.id)[0]).toMatchObject({
      action: 'delete',
      before: { name: '误建项目' },
    });
  });

  it('starts an existing project at a later stage with its milestone', () => {
    const { db } = setup();
    const p = createProject(db, actor, { name: '已签约项目', stage: 'signed', stageSince: '2021-05-20' });
    expect(p).toMatchObject({ stage: 'signed', signedOn: '2021-05-20', stageSince: '2021-05-20' });
    expect(stageHistory(db, p.id)).toMatchObject([
      { fromStage: null, toStage: 'signed', changedOn: '2021-05-20' },
    ]);
  });

  it('works through dispatch and refuses unknown keys', async () => {
    const { db } = setup();
    const ctx: ApiContext = { db, actor: { name: '测试' }, databasePath: '', appVersion: '0', emit() {} };
    const created = await dispatch(ctx, 'projects.create', { name: '智能装备项目' });
    if (!created.ok) throw new Error(created.error.message);
    const id = (created.value as { id: number }).id;
    const moved = await dispatch(ctx, 'projects.changeStage', { id, stage: 'contact' });
    expect(moved).toMatchObject({ ok: true, value: { stage: 'contact', firstContactOn: todayLocal() } });
    const extra = await dispatch(ctx, 'projects.create', { name: '另一个项目', budget: 1 });
    expect(extra).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const backwards = await dispatch(ctx, 'projects.changeStage', { id, stage: 'lead' });
    expect(backwards).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { reason: expect.stringContaining('需要填写原因') } },
    });
    const history = await dispatch(ctx, 'projects.stageHistory', { id });
    expect(history).toMatchObject({
      ok: true,
      value: [{ toStage: 'lead' }, { toStage: 'contact', actor: '测试' }],
    });
    const badSort = await dispatch(ctx, 'projects.list', { sort: [{ col: 'nope', dir: 'asc' }] });
    expect(badSort).toMatchObject({ ok: false, error: { code: 'BAD_COLUMN' } });
    expect(rowCount(db, 'projects')).toBe(1);
  });
});
