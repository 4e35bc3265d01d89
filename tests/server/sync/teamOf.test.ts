import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '@contract/shared/clock';
import type { Db } from '../../../main/db/open';
import { createCompany } from '../../../main/domain/companies';
import { createContact } from '../../../main/domain/contacts';
import { createInteraction } from '../../../main/domain/interactions';
import { createTeam } from '../../../main/domain/people/teams';
import { createProject } from '../../../main/domain/projects';
import { runServerRound } from '../../../main/sync/serverRound';
import type { TeamOf } from '../../../server/seams';
import { makeTeamOf } from '../../../server/sync/teamOf';
import { closeAll, devices, type Device } from '../../unit/sync/devices';
import { callerFor, inProcess, memoryCursor, startOffice, type Office } from './office';

const who = { name: '刘股长' };
const gidOf = (db: Db, table: string, id: number): string =>
  db.prepare(`SELECT gid FROM ${table} WHERE id = ?`).pluck().get(id) as string;

describe('where a row belongs, as the office server tells accounts (TeamOf)', () => {
  let office: Office;
  let all: Device[];
  let teamOf: TeamOf;
  const g: Record<string, string> = {};
  beforeAll(async () => {
    office = await startOffice();
    all = devices(1);
    const db = all[0]!.db;
    const one = createTeam(db, who, { name: '招商一分队' });
    const two = createTeam(db, who, { name: '招商二分队' });
    const shared = createCompany(db, who, { name: '隆基绿能科技股份有限公司' });
    const alone = createCompany(db, who, { name: '天合光能股份有限公司' });
    setClock('2026-11-02T09:00:00+08:00');
    const first = createProject(db, who, { name: '光伏组件', companyId: shared.id, teamId: one.id });
    setClock('2026-11-03T09:00:00+08:00');
    const second = createProject(db, who, { name: '储能电站', companyId: shared.id, teamId: two.id });
    setClock(null);
    const contact = createContact(db, who, { companyId: shared.id, name: '钟经理', mobile: '13900000001' });
    const onProject = createInteraction(db, who, {
      companyId: shared.id,
      projectId: second.id,
      kind: 'visit_out',
      occurredOn: '2026-11-20',
      summary: '洽谈储能项目',
    });
    const onCompany = createInteraction(db, who, {
      companyId: shared.id,
      projectId: null,
      kind: 'visit_out',
      occurredOn: '2026-11-21',
      summary: '回访',
    });
    Object.assign(g, {
      one: gidOf(db, 'teams', one.id),
      two: gidOf(db, 'teams', two.id),
      shared: gidOf(db, 'companies', shared.id),
      alone: gidOf(db, 'companies', alone.id),
      first: gidOf(db, 'projects', first.id),
      second: gidOf(db, 'projects', second.id),
      contact: gidOf(db, 'contacts', contact.id),
      onProject: gidOf(db, 'interactions', onProject.id),
      onCompany: gidOf(db, 'interactions', onCompany.id),
    });
    await runServerRound(
      db,
      inProcess(() => office.engine, callerFor(all[0]!.id)),
      memoryCursor(),
    );
    teamOf = makeTeamOf(office.db.sql);
  });
  afterAll(async () => {
    closeAll(all);
    await office.close();
  });

  it('answers for teams, projects and their children from the mirror', async () => {
    expect(await teamOf('teams', g.two!)).toBe(g.two);
    expect(await teamOf('projects', g.first!)).toBe(g.one);
    expect(await teamOf('projects', g.second!)).toBe(g.two);
    expect(await teamOf('interactions', g.onProject!)).toBe(g.two);
  });

  it('gives a company the team of its earliest project, its contacts and visits with it, and no team without projects', async () => {
    expect(await teamOf('companies', g.shared!)).toBe(g.one);
    expect(await teamOf('contacts', g.contact!)).toBe(g.one);
    expect(await teamOf('interactions', g.onCompany!)).toBe(g.one);
    expect(await teamOf('companies', g.alone!)).toBeNull();
  });

  it('does not know rows the server has not received, unless they travel in the push being judged', async () => {
    expect(await teamOf('projects', 'f'.repeat(32))).toBeUndefined();
    const fresh = 'e'.repeat(32);
    const pending = makeTeamOf(office.db.sql, [
      {
        hlc: '001764000000000-000000',
        device: all[0]!.id,
        tbl: 'projects',
        gid: fresh,
        op: 'put',
        fields: { name: '新项目', team_id: g.two! },
        actor: '刘股长',
      },
      {
        hlc: '001764000000000-000001',
        device: all[0]!.id,
        tbl: 'project_stage_history',
        gid: 'd'.repeat(32),
        op: 'put',
        fields: { project_id: fresh, to_stage: 'lead' },
        actor: '刘股长',
      },
    ]);
    expect(await pending('projects', fresh)).toBe(g.two);
    expect(await pending('project_stage_history', 'd'.repeat(32))).toBe(g.two);
  });
});
