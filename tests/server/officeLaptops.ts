import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ApiContext } from '../../main/api/context';
import { dispatch } from '../../main/api/dispatch';
import { deviceKeysOf } from '../../main/api/handlers/sync';
import { migrations } from '../../main/db/migrations';
import { httpsTransport } from '../../main/sync/server/serverClient';
import { readLink } from '../../main/sync/server/serverLinkStore';
import type { OfficeFigure } from '@contract/sync/serverProtocol';
import { serverSyncOf } from '../../main/api/handlers/syncServer';
import type { ApiInput, ApiOutput, ChannelName } from '@contract/channels';
import { runUserCommand, type CliIo } from '../../server/auth/cli';
import { OFFICE_WIRING, startServer, type RunningServer } from '../../server/index';
import { createLog } from '../../server/log';
import { ledgerContext } from '../unit/sync/server/serverFixtures';
import { freshDatabase, type TestDatabase } from './testDatabase';

/**
 * The whole office as its people meet it: the real server (HTTPS, accounts, sync engine on
 * PostgreSQL) started as `npm run server` starts it, accounts made with its user command, and
 * laptops that connect, confirm the fingerprint, sign in and press 立即同步 through the app's
 * own channels.
 */
export const PASSWORD = 'zhaoshang-2026';

export async function ok<K extends ChannelName>(
  ctx: ApiContext,
  channel: K,
  input: ApiInput<K>,
): Promise<ApiOutput<K>> {
  const r = await dispatch(ctx, channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value as ApiOutput<K>;
}

/** Ids are each ledger's own (the server's differ from a laptop's): compared by everything else. */
export function withoutIds(value: unknown): unknown {
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
export async function figureFrom(ctx: ApiContext, channel: OfficeFigure, input: unknown): Promise<unknown> {
  const link = readLink(ctx.db)!;
  const client = httpsTransport(
    { origin: link.url, fingerprint: link.fingerprint },
    deviceKeysOf(ctx),
    link.token!,
  );
  return (await client.figures({ schemaVersion: migrations.length, channel, input })).value;
}

/**
 * What the office laptop records first: two teams, a company, and a signing of 珠三角's for
 * 10 亿元 this year, so the figures compared are not all zero.
 */
export async function twoTeamsAndASigning(office: ApiContext) {
  const east = await ok(office, 'teams.create', { name: '长三角招商小分队' });
  const south = await ok(office, 'teams.create', { name: '珠三角招商小分队' });
  const company = await ok(office, 'companies.create', { name: '长城汽车（邳州）有限公司' });
  await ok(office, 'projects.create', {
    name: '电池包项目',
    companyId: company.id,
    teamId: south.id,
    stage: 'signed',
    contractAmount: 1_000_000_000,
  });
  return { east, south, company };
}

export interface Office {
  db: TestDatabase;
  server: RunningServer;
  /** `npm run server -- <args>` against the office's database; fails the test if it fails. */
  accounts(args: string[]): Promise<void>;
  addUser(args: string[]): Promise<void>;
  /** A laptop that connected to the office server and signed in as `user`. */
  laptop(user: string): Promise<ApiContext>;
  syncNow(ctx: ApiContext): Promise<ApiOutput<'syncServer.syncNow'>>;
  close(): Promise<void>;
}

export async function startOffice(): Promise<Office> {
  const db = await freshDatabase();
  const laptops: ApiContext[] = [];
  const server = await startServer({
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
  return {
    db,
    server,
    accounts,
    addUser: (args) => accounts(['user', 'add', ...args]),
    async laptop(user) {
      const ctx = ledgerContext({ actor: { name: user } });
      laptops.push(ctx);
      const probe = await ok(ctx, 'syncServer.probe', { url: `https://127.0.0.1:${server.port}` });
      expect(probe.fingerprint).toBe(server.fingerprint256);
      await ok(ctx, 'syncServer.confirm', { url: probe.url, fingerprint: probe.fingerprint });
      expect((await ok(ctx, 'syncServer.signIn', { user, password: PASSWORD })).signedIn).toBe(true);
      return ctx;
    },
    syncNow: (ctx) => ok(ctx, 'syncServer.syncNow', {}),
    async close() {
      for (const ctx of laptops) {
        serverSyncOf(ctx).stop();
        ctx.db.close();
      }
      await server.close();
      await db.drop();
    },
  };
}
