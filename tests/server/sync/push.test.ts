import { describe, expect, it } from 'vitest';
import { createCompany, updateCompany } from '../../../main/domain/companies';
import { createTeam } from '../../../main/domain/people/teams';
import { createProject } from '../../../main/domain/projects';
import { changesUnseenBy, seenVector } from '../../../main/sync/changeLog';
import type { SyncChange } from '../../../main/sync/change';
import { runServerRound } from '../../../main/sync/serverRound';
import { ledgerHashes } from '../../../main/sync/tableHash';
import { ServerRefusal, type Auth, type Caller } from '../../../server/seams';
import { SCHEMA_VERSION } from '../../../server/sync/engine';
import { mirrorHashes } from '../../../server/sync/mirror';
import type { Device } from '../../unit/sync/devices';
import { allowAll, callerFor, inProcess, memoryCursor, type Office } from './office';
import { withOffice } from './withOffice';

const who = { name: '李科长' };
const logCount = async (office: Office): Promise<number> =>
  (await office.db.sql.query<{ n: number }>(`SELECT count(*) AS n FROM changes`))[0]!.n;

describe('pushing to the office server', () => {
  const setup = withOffice(2);

  const pushAll = (d: Device, changes: SyncChange[], seen = seenVector(d.db)) =>
    setup.office.engine.push(callerFor(d.id), { schemaVersion: SCHEMA_VERSION, seen, changes });

  it('takes the same page twice, or an older one, as nothing new: log, mirror and vector unchanged', async () => {
    const [a] = setup.all as [Device];
    const company = createCompany(a.db, who, { name: '宁德时代新能源科技股份有限公司' });
    createProject(a.db, who, { name: '动力电池基地', companyId: company.id, plannedAmount: 50_0000_0000 });
    const first = changesUnseenBy(a.db, {});
    const firstSeen = seenVector(a.db);
    expect((await pushAll(a, first, firstSeen)).accepted).toBe(first.length);
    const before = { log: await logCount(setup.office), mirror: await mirrorHashes(setup.office.db.sql) };

    const again = await pushAll(a, first, firstSeen);
    expect(again).toMatchObject({ accepted: 0, alreadyHad: first.length, refused: [] });
    expect(await logCount(setup.office)).toBe(before.log);
    expect(await mirrorHashes(setup.office.db.sql)).toEqual(before.mirror);

    // A later edit, then the first page once more (a retry that arrives late): the edit stands.
    updateCompany(a.db, who, { id: company.id, patch: { name: '宁德时代股份有限公司' } });
    const state = await setup.office.engine.state(callerFor(a.id));
    await pushAll(a, changesUnseenBy(a.db, state.seen));
    const late = await pushAll(a, first, firstSeen);
    expect(late.accepted).toBe(0);
    expect(await mirrorHashes(setup.office.db.sql)).toEqual(ledgerHashes(a.db));
    const [row] = await setup.office.db.sql.query<{ name: string }>(`SELECT name FROM mirror.companies`);
    expect(row!.name).toBe('宁德时代股份有限公司');
  });

  it('refuses a laptop on another database version with a clear message, writing nothing', async () => {
    const [a] = setup.all as [Device];
    createCompany(a.db, who, { name: '比亚迪股份有限公司' });
    const refusal = await setup.office.engine
      .push(callerFor(a.id), {
        schemaVersion: SCHEMA_VERSION - 1,
        seen: seenVector(a.db),
        changes: changesUnseenBy(a.db, {}),
      })
      .catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ServerRefusal);
    expect(refusal).toMatchObject({ status: 409, code: 'SCHEMA_MISMATCH' });
    expect((refusal as Error).message).toMatch(/请先升级本机招商通/);
    await expect(
      setup.office.engine.pull(callerFor(a.id), { schemaVersion: SCHEMA_VERSION + 1, cursor: '0' }),
    ).rejects.toMatchObject({ code: 'SCHEMA_MISMATCH' });
    expect(await logCount(setup.office)).toBe(0);
  });

  it('refuses a page the ledger’s own rules cannot hold, writing nothing', async () => {
    const [a] = setup.all as [Device];
    const broken: SyncChange = {
      hlc: '001764000000000-000000',
      device: a.id,
      tbl: 'companies',
      gid: 'b'.repeat(32),
      op: 'put',
      fields: { name: '缺字段的企业' },
      actor: '李科长',
    };
    await expect(pushAll(a, [broken], {})).rejects.toMatchObject({ status: 422, code: 'MERGE_REFUSED' });
    expect(await logCount(setup.office)).toBe(0);
    createCompany(a.db, who, { name: '正常企业有限公司' });
    expect((await pushAll(a, changesUnseenBy(a.db, {}))).accepted).toBeGreaterThan(0);
    expect(await mirrorHashes(setup.office.db.sql)).toEqual(ledgerHashes(a.db));
  });

  it('refuses changes outside the account’s scope: reported to the laptop, logged, never applied', async () => {
    const [leader, member] = setup.all as [Device, Device];
    // A stand-in for the accounts rules: a 小分队 member writes only rows of their team.
    const noted: { device: string; gid: string; reason: string }[] = [];
    const byTeam: Auth = {
      ...allowAll,
      async refusalOf(caller: Caller, change, teamOf) {
        if (caller.user.role !== 'team') return null;
        const team = await teamOf(change.tbl, change.gid);
        return team === undefined || team === null || team === caller.user.teamGid
          ? null
          : '该项目属于其他分队，本账号不能修改';
      },
      noteRefusal: (caller, change, reason) =>
        Promise.resolve(void noted.push({ device: caller.device, gid: change.gid, reason })),
    };
    await setup.office.restart(byTeam);
    createTeam(leader.db, who, { name: '招商一分队' });
    createTeam(leader.db, who, { name: '招商二分队' });
    const leaderCaller = callerFor(leader.id);
    await runServerRound(
      leader.db,
      inProcess(() => setup.office.engine, leaderCaller),
      memoryCursor(),
    );
    const memberCaller: Caller = {
      ...callerFor(member.id, 2),
      user: {
        user: 'zhang',
        displayName: '张三',
        role: 'team',
        teamGid: 'team:招商一分队',
        readsOtherTeams: true,
      },
    };
    const cursor = memoryCursor();
    const transport = inProcess(() => setup.office.engine, memberCaller);
    await runServerRound(member.db, transport, cursor);
    const teamId = (name: string) =>
      member.db.prepare(`SELECT id FROM teams WHERE name = ?`).pluck().get(name) as number;
    createProject(member.db, who, {
      name: '本队项目',
      teamId: teamId('招商一分队'),
      plannedAmount: 1_0000_0000,
    });
    createProject(member.db, who, {
      name: '他队项目',
      teamId: teamId('招商二分队'),
      plannedAmount: 1_0000_0000,
    });

    const otherGid = member.db
      .prepare(`SELECT gid FROM projects WHERE name = '他队项目'`)
      .pluck()
      .get() as string;
    const report = await runServerRound(member.db, transport, cursor);
    // Withdrawn on the laptop too (tests/server/sync/refused.test.ts has the whole story).
    expect(member.db.prepare(`SELECT count(*) FROM projects WHERE gid = ?`).pluck().get(otherGid)).toBe(0);
    expect(report.refused.map((r) => [r.tbl, r.gid, r.reason])).toContainEqual([
      'projects',
      otherGid,
      '该项目属于其他分队，本账号不能修改',
    ]);
    expect(noted.map((n) => n.gid)).toContain(otherGid);
    expect(noted.every((n) => n.device === member.id)).toBe(true);
    const names = await setup.office.db.sql.query<{ name: string }>(
      `SELECT name FROM mirror.projects ORDER BY name`,
    );
    expect(names.map((n) => n.name)).toEqual(['本队项目']);
    const logged = await setup.office.db.sql.query<{ n: number }>(
      `SELECT count(*) AS n FROM changes WHERE gid = $1`,
      [otherGid],
    );
    expect(logged[0]!.n).toBe(0);
  });
});
