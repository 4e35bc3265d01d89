import { describe, expect, it } from 'vitest';
import { createCompany } from '../../../main/domain/companies';
import { followUpCounts, listFollowUps } from '../../../main/domain/followUps';
import { createInteraction, updateInteraction } from '../../../main/domain/interactions';
import { changeStage, createProject } from '../../../main/domain/projects';
import { closeServiceIssue, createServiceIssue } from '../../../main/domain/serviceIssues';
import { freshDb } from '../testDb';
import { clerk } from './helpers';

// A fixed office day, so the test says the same thing whenever it runs.
const TODAY = '2026-03-10';

function setUp() {
  const db = freshDb();
  const company = createCompany(db, clerk, { name: '舜宇光学科技（集团）有限公司' });
  const project = (name: string, nextFollowUpOn: string | null, note?: string) =>
    createProject(db, clerk, {
      name,
      companyId: company.id,
      stageSince: '2026-01-02',
      nextFollowUpOn,
      nextFollowUpNote: note ?? null,
    });
  const dueToday = project('光学镜头产业园项目', TODAY, '回访董事长，确认用地指标');
  const overdue = project('车载镜头生产线项目', '2026-03-01', '报送投资协议初稿');
  const later = project('手机摄像模组项目', '2026-04-01');
  const dropped = project('红外热成像项目', '2026-02-01');
  changeStage(db, clerk, { id: dropped.id, stage: 'dropped', on: '2026-02-15', reason: '企业战略调整' });
  project('无跟进日期项目', null);
  return { db, company, dueToday, overdue, later, dropped };
}

describe('follow-ups on 工作台', () => {
  it("lists today's and overdue project follow-ups, not later ones, not dropped projects", () => {
    const { db, dueToday, overdue } = setUp();
    const list = listFollowUps(db, {}, TODAY);
    expect(list.dueToday.map((i) => [i.source, i.id, i.note, i.daysOverdue])).toEqual([
      ['project', dueToday.id, '回访董事长，确认用地指标', 0],
    ]);
    expect(list.overdue.map((i) => [i.id, i.projectName, i.dueOn, i.daysOverdue])).toEqual([
      [overdue.id, '车载镜头生产线项目', '2026-03-01', 9],
    ]);
    expect(list.counts).toEqual({ today: 1, overdue: 1, overdueIssues: 0 });
    expect(followUpCounts(db, TODAY)).toEqual(list.counts);
  });

  it('lists next steps of meetings until they are marked done, once when the project has the same date', () => {
    const { db, company, later } = setUp();
    const meeting = (over: Record<string, unknown>) =>
      createInteraction(db, clerk, {
        companyId: company.id,
        kind: 'visit_in',
        occurredOn: '2026-02-20',
        summary: '企业来访考察，介绍扩产计划',
        ...over,
      });
    const step = meeting({ nextStep: '寄送园区政策汇编', nextStepOn: '2026-03-05' });
    // Logged against a project without a follow-up... it becomes the project's follow-up: listed once.
    const fresh = createProject(db, clerk, { name: '光学玻璃项目', companyId: company.id });
    meeting({ projectId: fresh.id, nextStep: '约请分管副市长会见', nextStepOn: '2026-03-08' });
    meeting({ nextStep: '已办完的事', nextStepOn: '2026-03-04', nextStepDone: true });
    meeting({ projectId: later.id, nextStep: '下月再议', nextStepOn: '2026-03-20' });

    let list = listFollowUps(db, {}, TODAY);
    expect(list.overdue.map((i) => [i.source, i.note])).toEqual([
      ['project', '约请分管副市长会见'],
      ['interaction', '寄送园区政策汇编'],
      ['project', '报送投资协议初稿'],
    ]);
    expect(list.counts.overdue).toBe(3);
    updateInteraction(db, clerk, { id: step.id, patch: { nextStepDone: true } });
    list = listFollowUps(db, {}, TODAY);
    expect(list.overdue.map((i) => i.note)).toEqual(['约请分管副市长会见', '报送投资协议初稿']);
  });

  it('lists 企业诉求 past their deadline until they are closed, most overdue first', () => {
    const { db, company } = setUp();
    const issue = (description: string, dueOn: string) =>
      createServiceIssue(db, clerk, {
        companyId: company.id,
        category: 'power',
        description,
        reportedOn: '2026-02-01',
        dueOn,
      });
    const late = issue('厂区双回路供电尚未接入', '2026-02-20');
    const later = issue('天然气管道接口待协调', '2026-03-01');
    issue('标准厂房消防验收', '2026-03-10');
    expect(listFollowUps(db, {}, TODAY).overdueIssues.map((i) => [i.id, i.daysOverdue])).toEqual([
      [late.id, 18],
      [later.id, 9],
    ]);
    closeServiceIssue(db, clerk, {
      id: late.id,
      resolution: '供电公司已接入第二回路',
      closedOn: '2026-03-02',
    });
    expect(followUpCounts(db, TODAY).overdueIssues).toBe(1);
  });
});
