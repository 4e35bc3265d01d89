import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../main/api/context';
import { dispatch } from '../../main/api/dispatch';
import { serverSyncOf } from '../../main/api/handlers/syncServer';
import { ledgerHashes } from '../../main/sync/tableHash';
import { deviceKeysOf } from '../../main/api/handlers/sync';
import { httpsTransport } from '../../main/sync/server/serverClient';
import { readLink } from '../../main/sync/server/serverLinkStore';
import { migrations } from '../../main/db/migrations';
import { todayLocal } from '@contract/shared/time';
import type { OfficeFigure } from '@contract/sync/serverProtocol';
import type { ApiInput, ApiOutput, ChannelName } from '@contract/channels';
import { runUserCommand, type CliIo } from '../../server/auth/cli';
import { OFFICE_WIRING, startServer, type RunningServer } from '../../server/index';
import { createLog } from '../../server/log';
import { mirrorHashes } from '../../server/sync/mirror';
import { ledgerContext } from '../unit/sync/server/serverFixtures';
import { freshDatabase, type TestDatabase } from './testDatabase';

/**
 * The whole office as its people meet it: the real server (HTTPS, accounts, sync engine on
 * PostgreSQL) started as `npm run server` starts it, accounts made with its user command, and
 * laptops that connect, confirm the fingerprint, sign in and press 立即同步 through the app's
 * own channels.
 */
const PASSWORD = 'zhaoshang-2026';

async function ok<K extends ChannelName>(
  ctx: ApiContext,
  channel: K,
  input: ApiInput<K>,
): Promise<ApiOutput<K>> {
  const r = await dispatch(ctx, channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value as ApiOutput<K>;
}

/** Ids are each ledger's own (the server's differ from a laptop's): compared by everything else. */
function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== 'id' && !k.endsWith('Id'))
        .map(([k, v]) => [k, withoutIds(v)]),
    );
  return value;
}

/** The figure as the office server computes it, asked over HTTPS as this laptop (pinned, signed). */
async function figureFrom(ctx: ApiContext, channel: OfficeFigure, input: unknown): Promise<unknown> {
  const link = readLink(ctx.db)!;
  const client = httpsTransport(
    { origin: link.url, fingerprint: link.fingerprint },
    deviceKeysOf(ctx),
    link.token!,
  );
  return (await client.figures({ schemaVersion: migrations.length, channel, input })).value;
}

describe('laptops syncing through the office server', () => {
  let db: TestDatabase;
  let server: RunningServer;
  const laptops: ApiContext[] = [];

  const accounts = async (args: string[]) => {
    const lines: string[] = [];
    const io: CliIo = {
      out: (l) => void lines.push(l),
      err: (l) => void lines.push(l),
      env: { LEADATLAS_USER_PASSWORD: PASSWORD },
      askHidden: () => Promise.resolve(null),
    };
    expect(await runUserCommand(args, db.sql, io), lines.join('\n')).toBe(0);
  };
  const addUser = (args: string[]) => accounts(['user', 'add', ...args]);

  /** A laptop that connected to the office server and signed in as `user`. */
  const laptop = async (user: string): Promise<ApiContext> => {
    const ctx = ledgerContext({ actor: { name: user } });
    laptops.push(ctx);
    const probe = await ok(ctx, 'syncServer.probe', { url: `https://127.0.0.1:${server.port}` });
    expect(probe.fingerprint).toBe(server.fingerprint256);
    await ok(ctx, 'syncServer.confirm', { url: probe.url, fingerprint: probe.fingerprint });
    expect((await ok(ctx, 'syncServer.signIn', { user, password: PASSWORD })).signedIn).toBe(true);
    return ctx;
  };
  const syncNow = (ctx: ApiContext) => ok(ctx, 'syncServer.syncNow', {});

  beforeAll(async () => {
    db = await freshDatabase();
    server = await startServer({
      config: {
        database: { kind: 'postgres', url: db.url },
        dataDir: mkdtempSync(join(tmpdir(), 'la-office-')),
        host: '127.0.0.1',
        port: 0,
      },
      log: createLog(() => undefined),
      makeParts: OFFICE_WIRING.makeParts,
      say: () => undefined,
    });
    await addUser(['wangke', '--name', '王科长', '--role', 'office']);
    await addUser(['liju', '--name', '李局', '--role', 'leader']);
  }, 120_000);

  afterAll(async () => {
    for (const ctx of laptops) {
      serverSyncOf(ctx).stop();
      ctx.db.close();
    }
    await server?.close();
    await db?.drop();
  });

  it('what one laptop records reaches the other; both and the mirror end alike; a team member is held to scope', async () => {
    const office = await laptop('wangke');
    const east = await ok(office, 'teams.create', { name: '长三角招商小分队' });
    const south = await ok(office, 'teams.create', { name: '珠三角招商小分队' });
    const company = await ok(office, 'companies.create', { name: '长城汽车（邳州）有限公司' });
    const southProject = await ok(office, 'projects.create', {
      name: '整车基地项目',
      companyId: company.id,
      teamId: south.id,
    });
    // Signed this year for 10 亿元: the figures compared below are not all zero.
    await ok(office, 'projects.create', {
      name: '电池包项目',
      companyId: company.id,
      teamId: south.id,
      stage: 'signed',
      contractAmount: 1_000_000_000,
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
    expect(await mirrorHashes(db.sql)).toEqual(ledgerHashes(office.db));

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
    const logged = await db.sql.query<{ tbl: string }>(`SELECT tbl FROM refused_changes`);
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
