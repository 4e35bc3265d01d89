import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../main/api/context';
import { dispatch } from '../../main/api/dispatch';
import { ledgerHashes } from '../../main/sync/tableHash';
import { todayLocal } from '@contract/shared/time';
import type { OfficeFigure } from '@contract/sync/serverProtocol';
import { mirrorHashes } from '../../server/sync/mirror';
import { figureFrom, ok, startOffice, twoTeamsAndASigning, withoutIds, type Office } from './officeLaptops';

describe('laptops syncing through the office server', () => {
  let site: Office;
  const accounts = (args: string[]) => site.accounts(args);
  const addUser = (args: string[]) => site.addUser(args);
  const laptop = (user: string) => site.laptop(user);
  const syncNow = (ctx: ApiContext) => site.syncNow(ctx);

  beforeAll(async () => {
    site = await startOffice();
    await addUser(['wangke', '--name', '王科长', '--role', 'office']);
    await addUser(['liju', '--name', '李局', '--role', 'leader']);
  }, 120_000);

  afterAll(() => site?.close());

  it('what one laptop records reaches the other; both and the mirror end alike; a team member is held to scope', async () => {
    const office = await laptop('wangke');
    const { east, south, company } = await twoTeamsAndASigning(office);
    const southProject = await ok(office, 'projects.create', {
      name: '整车基地项目',
      companyId: company.id,
      teamId: south.id,
    });
    expect((await syncNow(office)).pushed).toBeGreaterThan(0);

    const leader = await laptop('liju');
    await syncNow(leader);
    const seen = await ok(leader, 'projects.list', {});
    expect(seen.rows.map((p) => [p.name, p.companyName, p.teamName]).sort()).toEqual([
      ['整车基地项目', '长城汽车（邳州）有限公司', '珠三角招商小分队'],
      ['电池包项目', '长城汽车（邳州）有限公司', '珠三角招商小分队'],
    ]);
    // The director moves it on; the office laptop learns it at its next round.
    const base = seen.rows.find((p) => p.name === '整车基地项目')!;
    await ok(leader, 'projects.changeStage', { id: base.id, stage: 'negotiating' });
    await syncNow(leader);
    await syncNow(office);
    expect((await ok(office, 'projects.get', { id: southProject.id })).stage).toBe('negotiating');
    expect(ledgerHashes(office.db)).toEqual(ledgerHashes(leader.db));
    expect(await mirrorHashes(site.db.sql)).toEqual(ledgerHashes(office.db));

    // A member of 长三角 may not change 珠三角's project: refused by the server, never applied.
    await addUser(['zhaoyi', '--name', '赵一', '--role', 'team', '--team', 'team:长三角招商小分队']);
    const member = await laptop('zhaoyi');
    await syncNow(member);
    const theirs = (await ok(member, 'projects.list', {})).rows.find((p) => p.name === '整车基地项目')!;
    await ok(member, 'projects.update', { id: theirs.id, patch: { notes: '由长三角接手' } });
    const mine = await ok(member, 'projects.create', {
      name: '零部件配套项目',
      companyId: (await ok(member, 'companies.list', {})).rows[0]!.id,
      teamId: (await ok(member, 'teams.list', {})).find((t) => t.name === east.name)!.id,
    });
    const round = await syncNow(member);
    expect(round.refused.map((r) => r.tbl)).toContain('projects');
    expect(round.refused.every((r) => r.reason.length > 0)).toBe(true);
    // The laptop takes the refused edit back and lists it; the allowed project stays.
    expect((await ok(member, 'projects.get', { id: theirs.id })).notes).toBeNull();
    expect((await ok(member, 'projects.get', { id: mine.id })).name).toBe(mine.name);
    const withdrawn = await ok(member, 'syncServer.withdrawn', {});
    expect(withdrawn.map((w) => [w.recordName, w.field, w.mine, w.office])).toEqual([
      ['整车基地项目', 'notes', '由长三角接手', null],
    ]);
    expect(round.withdrawn).toBe(1);
    expect(await ok(member, 'syncServer.dismissWithdrawn', { id: withdrawn[0]!.id })).toEqual([]);
    expect((await syncNow(member)).refused).toEqual([]);
    await syncNow(office);
    const atOffice = (await ok(office, 'projects.list', {})).rows.map((p) => [p.name, p.notes]);
    expect(atOffice).toContainEqual(['整车基地项目', null]);
    expect(atOffice.map(([name]) => name)).toContain(mine.name);
    // Both teams now chase one company: the office sees the 撞单.
    expect((await ok(office, 'projects.collisions', {})).total).toBe(1);
    const logged = await site.db.sql.query<{ tbl: string }>(`SELECT tbl FROM refused_changes`);
    expect(logged.map((r) => r.tbl)).toContain('projects');

    // Office-wide figures from the server equal the office laptop's own, which holds every row.
    const year = todayLocal().slice(0, 4);
    const period = { from: `${year}-01-01`, to: `${year}-12-31` };
    const asked: [OfficeFigure, unknown][] = [
      ['indicators.kpis', period],
      ['indicators.funnel', period],
      ['indicators.ranking', { ...period, indicator: 'contractAmount' }],
      ['projects.collisions', {}],
    ];
    for (const [channel, input] of asked) {
      const here = await dispatch(office, channel, input);
      if (!here.ok) throw new Error(`${channel}: ${here.error.message}`);
      const there = await figureFrom(office, channel, input);
      expect(withoutIds(there), channel).toEqual(withoutIds(here.value));
      if (channel !== 'projects.collisions') expect(JSON.stringify(there), channel).toContain('1000000000');
    }
    // A team member reads them while the office lets teams read each other, not after.
    expect(await figureFrom(member, 'indicators.kpis', period)).toBeTruthy();
    await accounts(['setting', 'team-reads-others', 'off']);
    await expect(figureFrom(member, 'indicators.kpis', period)).rejects.toThrow(/只向局领导和办公室开放/);
  }, 120_000);
});
