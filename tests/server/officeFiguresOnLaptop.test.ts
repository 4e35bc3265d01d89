import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../main/api/context';
import { dispatch } from '../../main/api/dispatch';
import { todayLocal } from '@contract/shared/time';
import type { OfficeFigure } from '@contract/sync/serverProtocol';
import { ledgerContext } from '../unit/sync/server/serverFixtures';
import {
  figureFrom,
  ok,
  PASSWORD,
  startOffice,
  twoTeamsAndASigning,
  withoutIds,
  type Office,
} from './officeLaptops';

/**
 * 全办公室 on a 小分队 laptop: the dashboard's, 周调度's and 撞单's own channels asked of the real
 * office server through syncServer.figures, kept on the laptop, and shown from there (with why)
 * when the server cannot be asked.
 */

const refusedWith = async (ctx: ApiContext, input: { channel: OfficeFigure; input: unknown }) => {
  const r = await dispatch(ctx, 'syncServer.figures', input);
  if (r.ok) throw new Error(`expected a refusal, got ${JSON.stringify(r.value).slice(0, 200)}`);
  return r.error;
};

/** A port on 127.0.0.1 where nothing listens any more. */
async function deadPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

const keptCount = (ctx: ApiContext): number =>
  ctx.db.prepare(`SELECT count(*) FROM settings WHERE key GLOB 'officeFigures:*'`).pluck().get() as number;

describe('office-wide figures on a team laptop', () => {
  let site: Office;
  let office: ApiContext;
  let member: ApiContext;
  const year = todayLocal().slice(0, 4);
  const period = { from: `${year}-01-01`, to: `${year}-12-31` };
  const kpis = { channel: 'indicators.kpis', input: period } as const;

  beforeAll(async () => {
    site = await startOffice();
    await site.addUser(['wangke', '--name', '王科长', '--role', 'office']);
    office = await site.laptop('wangke');
    const { east, south, company } = await twoTeamsAndASigning(office);
    await site.syncNow(office);
    await site.addUser(['zhaoyi', '--name', '赵一', '--role', 'team', '--team', `team:${east.name}`]);
    member = await site.laptop('zhaoyi');
    await site.syncNow(member);
    // Signed after the member's last sync: only the server and the office laptop know it yet.
    await ok(office, 'projects.create', {
      name: '整车基地项目',
      companyId: company.id,
      teamId: south.id,
      stage: 'signed',
      contractAmount: 2_000_000_000,
    });
    await site.syncNow(office);
  }, 120_000);

  afterAll(() => site?.close());

  it('全办公室 shows what the server computes, equal to the office laptop that holds every row', async () => {
    const asked: [OfficeFigure, unknown][] = [
      ['indicators.kpis', period],
      ['indicators.funnel', period],
      ['indicators.trend', period],
      ['indicators.ranking', { ...period, indicator: 'contractAmount' }],
      ['indicators.workload', period],
      ['reports.targets', { year: Number(year) }],
      ['projects.collisions', {}],
    ];
    for (const [channel, input] of asked) {
      const answer = await ok(member, 'syncServer.figures', { channel, input });
      expect(answer.stale, channel).toBeNull();
      expect(withoutIds(answer.value), channel).toEqual(withoutIds(await figureFrom(member, channel, input)));
      const atOffice = await dispatch(office, channel, input);
      if (!atOffice.ok) throw new Error(atOffice.error.message);
      expect(withoutIds(answer.value), channel).toEqual(withoutIds(atOffice.value));
    }
    // The laptop's own figures lag behind: the point of asking the server.
    const own = await ok(member, 'indicators.kpis', period);
    const theirs = (await ok(member, 'syncServer.figures', kpis)).value;
    expect(JSON.stringify(theirs)).toContain('3000000000');
    expect(JSON.stringify(own)).not.toContain('3000000000');
  });

  it('offline, the last office figures kept on the laptop are shown with when they were fetched', async () => {
    const fresh = await ok(member, 'syncServer.figures', kpis);
    const url = member.db.prepare(`SELECT url FROM sync_server`).pluck().get() as string;
    member.db.prepare(`UPDATE sync_server SET url = ?`).run(`https://127.0.0.1:${await deadPort()}`);
    try {
      const kept = await ok(member, 'syncServer.figures', kpis);
      expect(kept.stale).toBe('offline');
      expect(kept.staleDetail).toContain('连不上办公室服务器');
      expect(kept.value).toEqual(fresh.value);
      expect(kept.fetchedAt).toBe(fresh.fetchedAt);
      // A figure never fetched before has nothing to show, and says so.
      const never = await refusedWith(member, {
        channel: 'indicators.cycleTimes',
        input: { from: `${year}-03-01`, to: `${year}-03-31` },
      });
      expect(never.code).toBe('SERVER_UNREACHABLE');
      expect(never.message).toMatch(/^尚无全办公室数据.*连不上办公室服务器/);
    } finally {
      member.db.prepare(`UPDATE sync_server SET url = ?`).run(url);
    }
  });

  it('signed out, the kept figures are shown as such; a refusal of the account shows nothing kept', async () => {
    await ok(member, 'syncServer.signOut', {});
    const kept = await ok(member, 'syncServer.figures', kpis);
    expect(kept.stale).toBe('signedOut');
    expect(kept.staleDetail).toContain('尚未登录');
    const never = await refusedWith(member, { channel: 'reports.weekly', input: { from: '2020-01-06' } });
    expect(never.code).toBe('SERVER_SIGN_IN_NEEDED');
    expect(never.message).toMatch(/^尚无全办公室数据/);
    await ok(member, 'syncServer.signIn', { user: 'zhaoyi', password: PASSWORD });

    await site.accounts(['setting', 'team-reads-others', 'off']);
    try {
      const refused = await refusedWith(member, kpis);
      expect(refused.code).toBe('SERVER_REFUSED');
      expect(refused.message).toContain('只向局领导和办公室开放');
    } finally {
      await site.accounts(['setting', 'team-reads-others', 'on']);
    }
  });

  it('a laptop team or project id is refused before anything is sent; no server, no figures', async () => {
    const byTeam = await refusedWith(member, { channel: 'indicators.kpis', input: { ...period, teamId: 1 } });
    expect(byTeam.code).toBe('VALIDATION');
    expect(byTeam.message).toContain('不能按本机的小分队或项目筛选');
    const bad = await refusedWith(member, {
      channel: 'indicators.kpis',
      input: { from: 'x', to: period.to },
    });
    expect(bad.code).toBe('VALIDATION');

    const alone = ledgerContext();
    try {
      const none = await refusedWith(alone, kpis);
      expect(none.code).toBe('SERVER_NOT_CONFIGURED');
      expect(none.message).toContain('没有连接办公室服务器');
    } finally {
      alone.db.close();
    }
  });

  it('the kept figures are this laptop’s own: a sync carries none of them', async () => {
    expect(keptCount(member)).toBeGreaterThan(0);
    await site.syncNow(member);
    await site.syncNow(office);
    expect(keptCount(office)).toBe(0);
  });
});
