import { describe, expect, it } from 'vitest';
import type { SyncChange } from '@contract/sync/bundleSchema';
import type { Role } from '@contract/sync/serverProtocol';
import type { Caller, TeamOf } from '../../../server/seams';
import { account, TEAM_A, TEAM_B, withAccounts } from './accountsDb';

/**
 * The office's ledger as the sync engine's TeamOf would answer it: a row's team through its
 * parents; a company's team when only one team's projects point at it, null when none or several do.
 */
const LEDGER: Record<string, string | null> = {
  'projects:pA': TEAM_A,
  'projects:pB': TEAM_B,
  'projects:pNone': null,
  'trips:tA': TEAM_A,
  'trips:tB': TEAM_B,
  'staff:sA': TEAM_A,
  'staff:sB': TEAM_B,
  'staff:sLeader': null,
  'companies:cA': TEAM_A,
  'companies:cB': TEAM_B,
  'companies:cShared': null,
  'contacts:conA': TEAM_A,
  'contacts:conB': TEAM_B,
  'contacts:conShared': null,
  'project_stage_history:hA': TEAM_A,
  'project_stage_history:hB': TEAM_B,
  'investment_arrivals:arrA': TEAM_A,
  'investment_arrivals:arrB': TEAM_B,
  'interactions:iA': TEAM_A,
  'interactions:iB': TEAM_B,
  'receptions:rA': TEAM_A,
  'receptions:rB': TEAM_B,
  'service_issues:svA': TEAM_A,
  'service_issues:svB': TEAM_B,
  'trip_stops:stA': TEAM_A,
  'trip_stops:stB': TEAM_B,
  'stop_visits:vA': TEAM_A,
  'stop_visits:vB': TEAM_B,
  'stop_events:eA': TEAM_A,
  'stop_events:eB': TEAM_B,
  'attachments:attA': TEAM_A,
  'attachments:attB': TEAM_B,
  'company_not_twins:ntA': TEAM_A,
  'company_not_twins:ntB': TEAM_B,
};
const teamOf: TeamOf = (tbl, gid) => Promise.resolve(LEDGER[`${tbl}:${gid}`]);

const caller = (role: Role, readsOtherTeams: boolean): Caller => ({
  userId: 1,
  device: '0123456789abcdef',
  user: { user: role, displayName: role, role, teamGid: role === 'team' ? TEAM_A : null, readsOtherTeams },
});

const change = (
  tbl: string,
  gid: string,
  fields: SyncChange['fields'] = { notes: '改期到下周' },
  op: SyncChange['op'] = 'put',
): SyncChange => ({
  hlc: '001767225600000-000000',
  device: 'fedcba9876543210',
  tbl,
  gid,
  op,
  fields,
  actor: '张科长',
});

/** One row of the team's own and one of another team, per kind of table. */
const KINDS: { kind: string; tbl: string; own: string; other: string; officeList?: boolean }[] = [
  { kind: 'the office list 小分队', tbl: 'teams', own: TEAM_A, other: TEAM_B, officeList: true },
  {
    kind: 'the office list 目标任务',
    tbl: 'targets',
    own: `target:2026:signed:${TEAM_A}`,
    other: `target:2026:signed:${TEAM_B}`,
    officeList: true,
  },
  { kind: 'project', tbl: 'projects', own: 'pA', other: 'pB' },
  { kind: 'trip', tbl: 'trips', own: 'tA', other: 'tB' },
  { kind: 'staff', tbl: 'staff', own: 'sA', other: 'sB' },
  { kind: 'company', tbl: 'companies', own: 'cA', other: 'cB' },
  { kind: 'contact (via company)', tbl: 'contacts', own: 'conA', other: 'conB' },
  { kind: 'stage history (via project)', tbl: 'project_stage_history', own: 'hA', other: 'hB' },
  { kind: 'arrival (via project)', tbl: 'investment_arrivals', own: 'arrA', other: 'arrB' },
  { kind: 'interaction', tbl: 'interactions', own: 'iA', other: 'iB' },
  { kind: 'reception', tbl: 'receptions', own: 'rA', other: 'rB' },
  { kind: 'service issue', tbl: 'service_issues', own: 'svA', other: 'svB' },
  { kind: 'trip stop (via trip)', tbl: 'trip_stops', own: 'stA', other: 'stB' },
  { kind: 'stop visit (via stop)', tbl: 'stop_visits', own: 'vA', other: 'vB' },
  { kind: 'stop event (via stop)', tbl: 'stop_events', own: 'eA', other: 'eB' },
  { kind: 'trip member (join, via trip)', tbl: 'trip_members', own: 'tA|sB', other: 'tB|sA' },
  { kind: 'interaction staff (join)', tbl: 'interaction_staff', own: 'iA|sB', other: 'iB|sA' },
  { kind: 'attachment', tbl: 'attachments', own: 'attA', other: 'attB' },
  { kind: 'not-twins mark', tbl: 'company_not_twins', own: 'ntA', other: 'ntB' },
];

const ROLES_OF: Role[] = ['leader', 'office', 'team'];

describe('scope: what each role may push and receive', () => {
  const t = withAccounts();

  describe.each(ROLES_OF)('%s', (role) => {
    it.each(KINDS)(
      '$kind: own and other team, edit, delete and pull',
      async ({ tbl, own, other, officeList }) => {
        const rows = { own, other } as const;
        for (const side of ['own', 'other'] as const) {
          const gid = rows[side];
          const edit = await t.auth.refusalOf(caller(role, false), change(tbl, gid), teamOf);
          const del = await t.auth.refusalOf(caller(role, false), change(tbl, gid, null, 'del'), teamOf);
          const teamMayWrite = side === 'own' && !officeList;
          const allowed = role !== 'team' || teamMayWrite;
          expect(edit === null, `${side} edit`).toBe(allowed);
          expect(del === null, `${side} delete`).toBe(allowed);
          if (!allowed) expect(edit).toMatch(/[\u4e00-\u9fff]/);

          const readsOff = await t.auth.mayRead(caller(role, false), change(tbl, gid), teamOf);
          const readsOn = await t.auth.mayRead(caller(role, true), change(tbl, gid), teamOf);
          const alwaysRead = officeList || tbl === 'staff';
          expect(readsOff, `${side} pull, others' reads off`).toBe(
            role !== 'team' || side === 'own' || !!alwaysRead,
          );
          expect(readsOn, `${side} pull, others' reads on`).toBe(true);
        }
      },
    );
  });

  const team = caller('team', false);
  const refused = async (c: SyncChange) => t.auth.refusalOf(team, c, teamOf);

  it('lets a member create rows of their team and refuses creating them for another team or none', async () => {
    expect(await refused(change('projects', 'new1', { name: '新项目', team_id: TEAM_A }))).toBeNull();
    expect(await refused(change('projects', 'new2', { name: '新项目', team_id: TEAM_B }))).toMatch(
      /其他小分队/,
    );
    expect(await refused(change('projects', 'new3', { name: '新项目', team_id: null }))).toMatch(
      /须归属本小分队/,
    );
    expect(await refused(change('trips', 'new4', { title: '长三角招商', team_id: TEAM_A }))).toBeNull();
    expect(await refused(change('staff', 'new5', { name: '李干事', team_id: TEAM_A }))).toBeNull();
    expect(await refused(change('staff', 'sA', { team_id: TEAM_B }))).toMatch(/其他小分队/);
    expect(await refused(change('projects', 'pA', { team_id: null }))).toMatch(/须归属本小分队/);
  });

  it('hangs a new child row on its owning parent: another team’s project or trip is refused', async () => {
    expect(
      await refused(change('project_stage_history', 'n1', { project_id: 'pA', to_stage: 'signed' })),
    ).toBeNull();
    expect(
      await refused(change('project_stage_history', 'n2', { project_id: 'pB', to_stage: 'signed' })),
    ).not.toBeNull();
    expect(await refused(change('trip_stops', 'n3', { trip_id: 'tB', seq: 1 }))).not.toBeNull();
    expect(await refused(change('stop_visits', 'n4', { stop_id: 'stA', company_id: 'cB' }))).toBeNull();
    expect(await refused(change('stop_visits', 'n5', { stop_id: 'stB', company_id: 'cA' }))).not.toBeNull();
    expect(
      await refused(change('attachments', 'n6', { owner_kind: 'project', owner_id: 'pB', hash: 'h' })),
    ).not.toBeNull();
    expect(
      await refused(change('attachments', 'n7', { owner_kind: 'company', owner_id: 'cShared', hash: 'h' })),
    ).toBeNull();
  });

  it('judges an interaction by its project, and by its company only when it has none', async () => {
    expect(await refused(change('interactions', 'n1', { project_id: 'pA', company_id: 'cB' }))).toBeNull();
    expect(
      await refused(change('interactions', 'n2', { project_id: null, company_id: 'cB' })),
    ).not.toBeNull();
    expect(
      await refused(change('interactions', 'n3', { project_id: null, company_id: 'cShared' })),
    ).toBeNull();
    expect(
      await refused(change('interactions', 'n4', { project_id: 'pNone', company_id: 'cShared' })),
    ).not.toBeNull();
  });

  it('treats companies as shared ground: new ones, ones no team or several teams pursue, but not only another team’s', async () => {
    expect(
      await refused(change('companies', 'brandNew', { name: '宁波舜宇光电', name_key: '舜宇光电' })),
    ).toBeNull();
    expect(await refused(change('companies', 'cShared'))).toBeNull();
    expect(await refused(change('contacts', 'conShared'))).toBeNull();
    expect(await refused(change('contacts', 'n1', { company_id: 'cB', name: '王总' }))).not.toBeNull();
    expect(await refused(change('contacts', 'n2', { company_id: 'brandNew', name: '王总' }))).toBeNull();
    // A project of this team on another team's company is allowed: that is a 撞单 the office must see.
    expect(await refused(change('projects', 'n3', { company_id: 'cB', team_id: TEAM_A }))).toBeNull();
    expect(await refused(change('company_not_twins', 'n4', { low_id: 'cA', high_id: 'cB' }))).not.toBeNull();
    expect(await refused(change('company_not_twins', 'n5', { low_id: 'cA', high_id: 'cShared' }))).toBeNull();
  });

  it('keeps rows of no team (the office’s projects, leaders) away from members, but sends them the office’s people', async () => {
    expect(await refused(change('projects', 'pNone'))).not.toBeNull();
    expect(await refused(change('staff', 'sLeader'))).not.toBeNull();
    expect(await t.auth.mayRead(team, change('projects', 'pNone'), teamOf)).toBe(false);
    expect(await t.auth.mayRead(team, change('staff', 'sLeader'), teamOf)).toBe(true);
    expect(await t.auth.mayRead(team, change('companies', 'cShared'), teamOf)).toBe(true);
  });

  it('judges conflicts by the row they are about', async () => {
    const about = (tbl: string, gid: string) =>
      change('sync_conflicts', `c-${gid}`, { tbl, gid_of_row: gid, field: 'name' });
    expect(await refused(about('projects', 'pA'))).toBeNull();
    expect(await refused(about('projects', 'pB'))).not.toBeNull();
    expect(await refused(about('teams', TEAM_B))).toBeNull();
    expect(await t.auth.mayRead(team, about('projects', 'pB'), teamOf)).toBe(false);
  });

  it('sends a deletion of a row gone since, and an older edit of it only if its own fields are the team’s', async () => {
    expect(await t.auth.mayRead(team, change('projects', 'gone', null, 'del'), teamOf)).toBe(true);
    expect(await t.auth.mayRead(team, change('projects', 'gone', { team_id: TEAM_A }), teamOf)).toBe(true);
    expect(await t.auth.mayRead(team, change('projects', 'gone', { team_id: TEAM_B }), teamOf)).toBe(false);
    expect(await t.auth.mayRead(team, change('projects', 'gone', { name: '只改了名称' }), teamOf)).toBe(
      false,
    );
  });

  it('refuses a table the server does not know, whoever pushes it, even one named after an object key', async () => {
    for (const role of ROLES_OF)
      for (const tbl of ['audit_log', 'constructor', '__proto__'])
        expect(
          await t.auth.refusalOf(caller(role, true), change(tbl, 'x'), teamOf),
          `${role} ${tbl}`,
        ).toMatch(/不认识该数据表/);
    expect(
      await refused(change('attachments', 'n1', { owner_kind: 'constructor', owner_id: 'pA' })),
    ).not.toBeNull();
  });

  it('keeps a refused change in the refusal log with who pushed it, which laptop made it and why', async () => {
    const userId = await account(t.db, 'zhangsan');
    const pusher: Caller = { ...team, userId };
    const c = change('projects', 'pB');
    const reason = (await t.auth.refusalOf(pusher, c, teamOf))!;
    await t.auth.noteRefusal(pusher, c, reason);
    const rows = await t.db.sql.query(
      `SELECT user_id, device, change_device, tbl, gid, op, actor, reason FROM refused_changes`,
    );
    expect(rows).toEqual([
      {
        user_id: userId,
        device: pusher.device,
        change_device: c.device,
        tbl: 'projects',
        gid: 'pB',
        op: 'put',
        actor: '张科长',
        reason,
      },
    ]);
  });
});
