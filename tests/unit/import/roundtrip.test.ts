import { describe, expect, it } from 'vitest';
import type { Db } from '../../../main/db/open';
import { createCompany } from '../../../main/domain/companies';
import { createContact } from '../../../main/domain/contacts';
import { WORKBOOK_SHEETS, exportWorkbook } from '../../../main/domain/exporters/workbook';
import { createInteraction } from '../../../main/domain/interactions';
import { createStaff, createTeam } from '../../../main/domain/people';
import { changeStage, createProject } from '../../../main/domain/projects';
import { closeServiceIssue, createServiceIssue } from '../../../main/domain/serviceIssues';
import { CODES } from '../../fixtures/ledgers';
import { freshDb } from '../testDb';
import { actor, all, proposal, run } from './helpers';

function ledger(db: Db): void {
  const team = createTeam(db, actor, { name: '招商一局', kind: 'bureau' });
  const owner = createStaff(db, actor, { name: '王主任', teamId: team.id });
  const catl = createCompany(db, actor, {
    name: '宁德时代新能源科技股份有限公司',
    creditCode: CODES.catl,
    industry: '新能源',
    chain: '新能源电池',
    tier: 'listed',
    isChainLeader: true,
    hqAdcode: 350900,
    registeredCapital: 2_440_123_456,
    notes: '=1+1 不是公式\n第二行',
  });
  const gucheng = createCompany(db, actor, {
    name: '某某精工有限公司',
    hqAdcode: 420625,
    tier: 'specialized',
    website: '@home',
  });
  createContact(db, actor, {
    companyId: catl.id,
    name: '曾董事长',
    title: '董事长',
    mobile: '13800138000',
    phone: '0571-88886666转123',
    isKey: true,
    email: 'zeng@example.com',
  });
  createContact(db, actor, {
    companyId: gucheng.id,
    name: '张经理',
    phone: '+852-2345-6789',
    wechat: '-zhang',
  });
  const battery = createProject(db, actor, {
    name: '动力电池生产基地项目',
    companyId: catl.id,
    stage: 'negotiating',
    stageSince: '2024-01-02',
    plannedAmount: 8_457_000_000,
    contractAmount: 3_000_012_345,
    keyLevel: 'province',
    landMu: 350.5,
    ownerId: owner.id,
    teamId: team.id,
    site: '谷城经济开发区',
    firstContactOn: '2023-11-20',
  });
  changeStage(db, actor, { id: battery.id, stage: 'signed', on: '2024-03-01' });
  createProject(db, actor, {
    name: '铸造项目',
    companyId: gucheng.id,
    stage: 'dropped',
    stageSince: '2024-02-01',
    dropReason: '企业资金链断裂',
    isIndustrial: false,
  });
  createProject(db, actor, { name: '无主线索', stage: 'lead', stageSince: '2024-04-01', notes: '+待核实' });
  createInteraction(db, actor, {
    projectId: battery.id,
    kind: 'visit_in',
    occurredOn: '2024-05-21',
    place: '管委会',
    summary: '考察园区',
    stickingPoints: '用电',
    nextStep: '签补充协议',
    nextStepOn: '2030-06-01',
  });
  createInteraction(db, actor, {
    companyId: gucheng.id,
    kind: 'call',
    occurredOn: '2024-05-22',
    summary: '沟通手续',
    nextStepDone: true,
  });
  const issue = createServiceIssue(db, actor, {
    companyId: catl.id,
    projectId: battery.id,
    category: 'power',
    description: '110千伏线路接入',
    reportedOn: '2024-03-01',
    ownerId: owner.id,
    dueOn: '2024-04-30',
  });
  closeServiceIssue(db, actor, { id: issue.id, resolution: '已协调提前接入', closedOn: '2024-04-20' });
  createServiceIssue(db, actor, {
    companyId: gucheng.id,
    category: 'road',
    description: '道路未硬化',
    reportedOn: '2024-03-05',
    status: 'in_progress',
  });
}

/** Everything a person sees of the records, with names instead of ids. */
function records(db: Db) {
  return {
    companies: all(
      db,
      `SELECT name, credit_code, industry, chain, tier, is_chain_leader, hq_adcode, hq_address, source_channel,
      registered_capital, website, intro, talking_points, notes FROM companies ORDER BY name`,
    ),
    contacts: all(
      db,
      `SELECT c.name AS company, k.name, k.title, k.mobile, k.phone, k.wechat, k.email, k.is_key, k.notes
      FROM contacts k JOIN companies c ON c.id = k.company_id ORDER BY k.name`,
    ),
    projects: all(
      db,
      `SELECT p.name, c.name AS company, p.stage, p.stage_since, p.drop_reason, p.industry, p.chain, p.source_channel,
      p.planned_amount, p.contract_amount, p.key_level, p.annual_plan_amount, p.completed_amount, p.is_industrial, p.site, p.land_mu,
      o.name AS owner, t.name AS team, p.first_contact_on, p.signed_on, p.registered_on, p.started_on, p.produced_on, p.full_on,
      p.dropped_on, p.next_follow_up_on, p.next_follow_up_note, p.notes
      FROM projects p LEFT JOIN companies c ON c.id = p.company_id LEFT JOIN staff o ON o.id = p.owner_id
      LEFT JOIN teams t ON t.id = p.team_id ORDER BY p.name`,
    ),
    interactions: all(
      db,
      `SELECT c.name AS company, p.name AS project, i.kind, i.occurred_on, i.place, i.their_attendees_text,
      i.summary, i.sticking_points, i.promises, i.next_step, i.next_step_on, i.next_step_done, i.created_by
      FROM interactions i LEFT JOIN companies c ON c.id = i.company_id LEFT JOIN projects p ON p.id = i.project_id ORDER BY i.occurred_on`,
    ),
    issues: all(
      db,
      `SELECT c.name AS company, p.name AS project, s.category, s.description, s.reported_on, o.name AS owner,
      s.due_on, s.status, s.resolution, s.closed_on
      FROM service_issues s LEFT JOIN companies c ON c.id = s.company_id LEFT JOIN projects p ON p.id = s.project_id
      LEFT JOIN staff o ON o.id = s.owner_id ORDER BY s.reported_on`,
    ),
  };
}

describe('export → import round trip', () => {
  it('an exported workbook imported into an empty database gives the same records', async () => {
    const source = freshDb();
    ledger(source);
    const bytes = await exportWorkbook(source);
    const target = freshDb();
    for (const [sheet, { target: kind }] of WORKBOOK_SHEETS.entries()) {
      const result = await run(target, proposal(bytes, kind, { onDuplicate: 'create' }, sheet));
      expect(result.counts.error, `${kind}: ${JSON.stringify(result)}`).toBe(0);
    }
    const before = records(source);
    const after = records(target);
    expect(after.companies).toEqual(before.companies);
    expect(after.contacts).toEqual(before.contacts);
    expect(after.projects).toEqual(before.projects);
    expect(after.interactions).toEqual(before.interactions);
    expect(after.issues).toEqual(before.issues);
    expect(before.projects).toHaveLength(3);
  });
});
