import { describe, expect, it } from 'vitest';
import { createCompany } from '../../../main/domain/companies';
import { createContact } from '../../../main/domain/contacts';
import { createInteraction } from '../../../main/domain/interactions';
import { createStaff } from '../../../main/domain/people';
import { changeStage, createArrival, createProject, updateProject } from '../../../main/domain/projects';
import { projectTimeline, timelineSql } from '../../../main/domain/projects/timeline';
import { TIMELINE_KINDS, type TimelineEntry } from '@contract/projects/timelineSchema';
import { createServiceIssue } from '../../../main/domain/serviceIssues';
import { DomainError } from '@contract/shared/errors';
import { todayLocal } from '@contract/shared/time';
import { addDays } from '@contract/indicators/period';
import { freshDb } from '../testDb';

const actor = { name: '项目科' };
const daysAgo = (n: number): string => addDays(todayLocal(), -n);
const brief = (e: TimelineEntry): string => `${e.on} ${e.kind}`;

function setup() {
  const db = freshDb();
  const company = createCompany(db, actor, { name: '襄阳新能源电池有限公司' });
  const chairman = createContact(db, actor, { companyId: company.id, name: '王董事长', title: '董事长' });
  const staff = createStaff(db, actor, { name: '李专员' });
  const project = createProject(db, actor, {
    name: '锂电池正极材料项目',
    companyId: company.id,
    stageSince: daysAgo(40),
  });
  return { db, company, chairman, staff, project };
}

describe('project timeline', () => {
  it('merges meetings, stage moves, money, issues and edits, newest first', () => {
    const { db, company, chairman, staff, project } = setup();
    createInteraction(db, actor, {
      projectId: project.id,
      kind: 'visit_in',
      occurredOn: daysAgo(30),
      summary: '来谷考察厂房',
      staffIds: [staff.id],
      contactIds: [chairman.id],
    });
    changeStage(db, actor, { id: project.id, stage: 'signed', on: daysAgo(20), contractAmountUnknown: true });
    createArrival(db, actor, { projectId: project.id, arrivedOn: daysAgo(10), amount: 50_000_000 });
    createServiceIssue(db, actor, {
      projectId: project.id,
      category: 'power',
      description: '厂区需要双回路供电',
      reportedOn: daysAgo(5),
    });
    updateProject(db, actor, { id: project.id, patch: { plannedAmount: 300_000_000 } });
    // Another company's project must not leak into this one's timeline.
    const other = createProject(db, actor, { name: '别的项目', companyId: company.id });
    createArrival(db, actor, { projectId: other.id, arrivedOn: daysAgo(1), amount: 1 });

    const page = projectTimeline(db, { id: project.id });
    expect(page.rows.map(brief)).toEqual([
      `${todayLocal()} edit`,
      `${daysAgo(5)} issue`,
      `${daysAgo(10)} arrival`,
      `${daysAgo(20)} stage`,
      `${daysAgo(30)} interaction`,
      `${daysAgo(40)} stage`,
    ]);
    expect(page.total).toBe(6);
    expect(page.counts).toEqual({ interaction: 1, stage: 2, arrival: 1, issue: 1, edit: 1 });

    const [edit, issue, arrival, signed, meeting, entered] = page.rows;
    expect(edit).toMatchObject({ kind: 'edit', actor: '项目科', after: { plannedAmount: 300_000_000 } });
    expect(edit?.kind === 'edit' && edit.before).toMatchObject({ plannedAmount: null });
    expect(issue).toMatchObject({ category: 'power', status: 'open', description: '厂区需要双回路供电' });
    expect(arrival).toMatchObject({ amount: 50_000_000 });
    expect(signed).toMatchObject({ fromStage: 'lead', toStage: 'signed', actor: '项目科' });
    expect(meeting).toMatchObject({
      interactionKind: 'visit_in',
      summary: '来谷考察厂房',
      staffNames: '李专员',
      contactNames: '王董事长',
    });
    expect(entered).toMatchObject({ fromStage: null, toStage: 'lead' });
  });

  it('shows the follow-up a meeting set as an edit, but not the stage move twice', () => {
    const { db, project } = setup();
    changeStage(db, actor, { id: project.id, stage: 'contact' });
    createInteraction(db, actor, {
      projectId: project.id,
      kind: 'call',
      occurredOn: todayLocal(),
      summary: '电话沟通用地指标',
      nextStep: '报送用地预审材料',
      nextStepOn: '2099-01-15',
    });
    const rows = projectTimeline(db, { id: project.id }).rows;
    expect(rows.filter((r) => r.kind === 'stage')).toHaveLength(2);
    const edits = rows.filter((r) => r.kind === 'edit');
    expect(edits).toHaveLength(1);
    expect(edits[0]).toMatchObject({
      after: { nextFollowUpOn: '2099-01-15', nextFollowUpNote: '报送用地预审材料' },
    });
  });

  it('pages without overlap and filters by kind', () => {
    const { db, project } = setup();
    for (let i = 1; i <= 7; i++) {
      createInteraction(db, actor, {
        projectId: project.id,
        kind: 'call',
        occurredOn: daysAgo(i),
        summary: `第${i}次电话`,
      });
    }
    const first = projectTimeline(db, { id: project.id, limit: 3 });
    const second = projectTimeline(db, { id: project.id, limit: 3, offset: 3 });
    const third = projectTimeline(db, { id: project.id, limit: 3, offset: 6 });
    const all = [...first.rows, ...second.rows, ...third.rows];
    expect(first.total).toBe(8);
    expect(all).toHaveLength(8);
    expect(new Set(all.map((r) => `${r.kind}:${r.id}`)).size).toBe(8);
    expect(all.map((r) => r.on)).toEqual([...all.map((r) => r.on)].sort().reverse());

    const meetings = projectTimeline(db, { id: project.id, kinds: ['interaction'] });
    expect(meetings.total).toBe(7);
    expect(meetings.rows.every((r) => r.kind === 'interaction')).toBe(true);
    expect(meetings.counts.stage).toBe(1);
  });

  it('refuses an unknown project and an empty kind list in Chinese', () => {
    const { db } = setup();
    expect(() => projectTimeline(db, { id: 999 })).toThrow(/项目（编号 999）不存在/);
    try {
      projectTimeline(db, { id: 1, kinds: [] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).message).toBe('请至少选择一种动态');
    }
  });
});

describe('project timeline query plan', () => {
  it('reads every source through its project index, never a whole table', () => {
    const db = freshDb();
    const plan = (
      db
        .prepare(`EXPLAIN QUERY PLAN ${timelineSql(TIMELINE_KINDS)}`)
        .all({ id: 1, limit: 30, offset: 0 }) as {
        detail: string;
      }[]
    ).map((r) => r.detail);
    // Scanning the merged (already narrowed) rows is fine; scanning a table is not.
    expect(plan.filter((d) => d.startsWith('SCAN') && !d.includes('subquery'))).toEqual([]);
    for (const index of [
      'interactions_project',
      'stage_history_project',
      'arrivals_project',
      'service_issues_project',
      'audit_entity',
    ]) {
      expect(plan.some((d) => d.includes(index))).toBe(true);
    }
  });
});
