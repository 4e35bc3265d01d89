import { describe, expect, it } from 'vitest';
import type { Db } from '../../../main/db/open';
import { historyOf } from '../../../main/domain/store/audit';
import { createCompany } from '../../../main/domain/companies';
import { createTeam } from '../../../main/domain/people/teams';
import { createProject, deleteProject, updateProject } from '../../../main/domain/projects';
import { changesUnseenBy } from '../../../main/sync/changeLog';
import { compactChangeLog } from '../../../main/sync/compactLog';
import { runServerRound } from '../../../main/sync/serverRound';
import { confirmServer } from '../../../main/sync/server/serverLinkStore';
import { listWithdrawn } from '../../../main/sync/server/withdrawnList';
import { ledgerHashes } from '../../../main/sync/tableHash';
import { WITHDRAWN_BY } from '../../../main/sync/withdrawRefused';
import { mayRead, refusalOf } from '../../../server/auth/scope';
import type { Auth, Caller } from '../../../server/seams';
import { mirrorHashes } from '../../../server/sync/mirror';
import type { Device } from '../../unit/sync/devices';
import { allowAll, callerFor, inProcess, memoryCursor, type Laptop } from './office';
import { withOffice } from './withOffice';

/** The server's own scope rules (server/auth/scope.ts): what a 小分队 member is refused. */
const scoped: Auth = { ...allowAll, refusalOf, mayRead };

const office = { name: '王科长' };
const member = { name: '赵一' };
const EAST = '长三角招商小分队';
const SOUTH = '珠三角招商小分队';

const memberCaller = (device: string): Caller => ({
  ...callerFor(device, 2),
  user: { user: 'zhaoyi', displayName: '赵一', role: 'team', teamGid: `team:${EAST}`, readsOtherTeams: true },
});

const idOf = (db: Db, table: string, name: string): number =>
  db.prepare(`SELECT id FROM ${table} WHERE name = ?`).pluck().get(name) as number;
const projectOf = (db: Db, name: string) =>
  db.prepare(`SELECT name, notes, planned_amount FROM projects WHERE name = ?`).get(name) as
    { name: string; notes: string | null; planned_amount: number | null } | undefined;

describe('an edit the office server refuses does not stay on the laptop', () => {
  const setup = withOffice(3);

  /** The office laptop records two teams, a company and 珠三角's project; everyone syncs. */
  async function officeWithSouthProject(): Promise<{
    laptops: Record<'office' | 'member' | 'other', Laptop>;
  }> {
    await setup.office.restart(scoped);
    const [o, m, x] = setup.all as [Device, Device, Device];
    const laptops = {
      office: { db: o.db, id: o.id, cursor: memoryCursor() },
      member: { db: m.db, id: m.id, cursor: memoryCursor() },
      other: { db: x.db, id: x.id, cursor: memoryCursor() },
    };
    createTeam(o.db, office, { name: EAST });
    const south = createTeam(o.db, office, { name: SOUTH });
    const company = createCompany(o.db, office, { name: '长城汽车（邳州）有限公司' });
    createProject(o.db, office, {
      name: '整车基地项目',
      companyId: company.id,
      teamId: south.id,
      plannedAmount: 20_0000_0000,
      notes: '珠三角跟进',
    });
    createProject(o.db, office, { name: '电池包项目', companyId: company.id, teamId: south.id });
    for (const l of Object.values(laptops)) await round(l);
    return { laptops };
  }

  const round = (l: Laptop) =>
    runServerRound(
      l.db,
      inProcess(() => setup.office.engine, callerOf(l)),
      l.cursor,
    );
  /** The second laptop is 长三角's member; the others sign in as 办公室/局领导. */
  const callerOf = (l: Laptop): Caller => (l.id === setup.all[1]!.id ? memberCaller(l.id) : callerFor(l.id));

  it('takes the refused field and the refused project back to the office’s data, keeps the allowed one, and never pushes them again', async () => {
    const { laptops } = await officeWithSouthProject();
    const { db } = laptops.member;
    const theirs = idOf(db, 'projects', '整车基地项目');
    updateProject(db, member, { id: theirs, patch: { notes: '由长三角接手', plannedAmount: 30_0000_0000 } });
    createProject(db, member, { name: '替珠三角新建的项目', teamId: idOf(db, 'teams', SOUTH) });
    createProject(db, member, { name: '零部件配套项目', teamId: idOf(db, 'teams', EAST) });

    const report = await round(laptops.member);
    expect(report.refused.map((r) => r.tbl)).toContain('projects');
    expect(report.pushed).toBeGreaterThan(0);

    // The laptop shows the office's data again: the field, and no project made for another team.
    const atOffice = projectOf(laptops.office.db, '整车基地项目');
    expect(projectOf(db, '整车基地项目')).toEqual(atOffice);
    expect(projectOf(db, '替珠三角新建的项目')).toBeUndefined();
    expect(projectOf(db, '零部件配套项目')).toBeDefined();
    for (const l of [laptops.office, laptops.other]) await round(l);
    expect(ledgerHashes(db)).toEqual(await mirrorHashes(setup.office.db.sql));
    expect(ledgerHashes(db)).toEqual(ledgerHashes(laptops.other.db));
    expect(projectOf(laptops.other.db, '零部件配套项目')).toBeDefined();

    // Listed, field by field, with the server's reason: exactly what was taken back.
    const listed = listWithdrawn(db);
    expect(report.withdrawn).toBe(listed.length);
    expect(
      listed
        .map((w) => [w.kind, w.recordName, w.field, w.mine, w.office])
        .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)),
    ).toEqual([
      ['created', '替珠三角新建的项目', null, null, null],
      ['field', '整车基地项目', 'notes', '由长三角接手', atOffice!.notes],
      ['field', '整车基地项目', 'plannedAmount', '3000000000', String(atOffice!.planned_amount)],
    ]);
    expect(listed.every((w) => w.reason.includes('其他小分队'))).toBe(true);
    expect(listed.find((w) => w.kind === 'field')!.recordId).toBe(theirs);

    // The record's history ends with the office's value back, not with the refused edit.
    const [latest] = historyOf(db, 'project', theirs);
    expect(latest).toMatchObject({ actor: WITHDRAWN_BY, action: 'update' });
    expect(latest!.after).toMatchObject({ notes: atOffice!.notes });

    // Nothing of it is held as this laptop's own any more: the next round pushes and refuses nothing.
    const state = await setup.office.engine.state(memberCaller(laptops.member.id));
    expect(changesUnseenBy(db, state.seen).filter((c) => c.device === laptops.member.id)).toEqual([]);
    const again = await round(laptops.member);
    expect([again.pushed, again.refused.length, again.withdrawn]).toEqual([0, 0, 0]);
    expect(listWithdrawn(db)).toHaveLength(listed.length);
  });

  it('recovers the value before from what compaction took out of the log, and brings back a project deleted out of scope', async () => {
    const { laptops } = await officeWithSouthProject();
    const { db } = laptops.member;
    // Linked to a server: what this laptop's own writes take out of the log is held until decided.
    confirmServer(db, 'https://127.0.0.1:8443', Array(32).fill('AB').join(':'));
    const theirs = idOf(db, 'projects', '整车基地项目');
    updateProject(db, member, { id: theirs, patch: { notes: '由长三角接手' } });
    deleteProject(db, member, idOf(db, 'projects', '电池包项目'));
    // 操作记录保留期限 passes over everything: the office's notes leave the log, replaced by ours.
    compactChangeLog(db, new Date(Date.now() + 86_400_000));
    const logged = db
      .prepare(`SELECT count(*) FROM sync_changes WHERE tbl = 'projects' AND fields LIKE '%珠三角跟进%'`)
      .pluck()
      .get();
    expect(logged).toBe(0);

    const report = await round(laptops.member);
    expect(report.refused.length).toBeGreaterThan(0);
    expect(projectOf(db, '整车基地项目')).toEqual(projectOf(laptops.office.db, '整车基地项目'));
    expect(projectOf(db, '电池包项目')).toEqual(projectOf(laptops.office.db, '电池包项目'));
    expect(ledgerHashes(db)).toEqual(await mirrorHashes(setup.office.db.sql));
    expect(
      listWithdrawn(db)
        .map((w) => [w.kind, w.recordName, w.field])
        .sort(),
    ).toEqual([
      ['deleted', '电池包项目', null],
      ['field', '整车基地项目', 'notes'],
    ]);
    const again = await round(laptops.member);
    expect([again.pushed, again.refused.length]).toEqual([0, 0]);
    expect(ledgerHashes(db)).toEqual(await mirrorHashes(setup.office.db.sql));
  });
});
