import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DomainError } from '@contract/shared/errors';
import { setClock } from '@contract/shared/clock';
import { exclusively, workInProgress } from '../../../../main/api/exclusive';
import type { KeyStore } from '../../../../main/db/keyFile';
import type { Db } from '../../../../main/db/open';
import { createCompany } from '../../../../main/domain/companies';
import type { RoundReport } from '../../../../main/sync/serverTransport';
import { linkCursor, readLink, saveSession } from '../../../../main/sync/server/serverLinkStore';
import {
  createServerSync,
  type ServerRound,
  type ServerSync,
  type ServerSyncDeps,
} from '../../../../main/sync/server/serverSync';
import {
  ACCOUNT,
  startOfficeServerDouble,
  type OfficeServerDouble,
} from '../../../harness/officeServerDouble';
import { freshDb } from '../../testDb';
import { newDevice } from '../bundleFixtures';
import { refusal } from './serverFixtures';

const keys = newDevice();
const REPORT: RoundReport = { pushed: 2, refused: [], withdrawn: 0, pulled: 3, applied: 3, conflicts: 0 };

let office: OfficeServerDouble;
beforeAll(async () => {
  office = await startOfficeServerDouble();
});
afterAll(() => office.close());
afterEach(() => {
  vi.useRealTimers();
  setClock(null);
});

/** A round that does what the real one does with the server: asks its state, pulls a page, stores the cursor. */
const talkingRound: ServerRound = async ({ transport, cursor, onProgress }) => {
  await transport.state();
  await transport.pull({ schemaVersion: 13, cursor: cursor.get() });
  cursor.set('42');
  onProgress('正在接收其他电脑的修改', 50);
  return REPORT;
};

function service(db: Db, more: Partial<ServerSyncDeps> = {}): ServerSync {
  return createServerSync({
    db,
    keys: () => keys,
    deviceName: () => '二分队笔记本',
    round: talkingRound,
    exclusive: (what, work) => exclusively(what, work, { writesPass: true }),
    busy: workInProgress,
    ...more,
  });
}

async function signedIn(more: Partial<ServerSyncDeps> = {}): Promise<{ db: Db; sync: ServerSync }> {
  const db = freshDb();
  const sync = service(db, more);
  const probe = await sync.probe(office.origin);
  sync.confirm(probe.url, probe.fingerprint);
  await sync.signIn(ACCOUNT.user, ACCOUNT.password);
  return { db, sync };
}

const deferred = <T>(): { promise: Promise<T>; resolve: (v: T) => void } => {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
};

describe('connecting and signing in', () => {
  it('stores nothing until the fingerprint is confirmed, then signs in as the account', async () => {
    const db = freshDb();
    const sync = service(db);
    const probe = await sync.probe(office.origin.replace('https://', ''));
    expect(probe).toMatchObject({
      url: office.origin,
      fingerprint: office.fingerprint,
      alreadyConfirmed: false,
    });
    expect(sync.status().configured).toBe(false);
    expect((await refusal(sync.signIn(ACCOUNT.user, ACCOUNT.password))).code).toBe('SERVER_NOT_CONFIGURED');

    sync.confirm(probe.url, probe.fingerprint);
    const status = await sync.signIn(ACCOUNT.user, ACCOUNT.password);
    expect(status).toMatchObject({
      configured: true,
      url: office.origin,
      signedIn: true,
      account: { user: ACCOUNT.user, displayName: ACCOUNT.displayName, role: 'team', teamGid: 'team-2' },
    });
    // The device registered itself with its id and public key.
    const sent = JSON.parse(office.received.at(-1)!.body.toString()) as {
      device: { id: string; publicKey: string };
    };
    expect(sent.device).toMatchObject({ id: keys.device, publicKey: keys.publicKey });
    expect((await sync.probe(office.origin)).alreadyConfirmed).toBe(true);
  });

  it('keeps the token sealed by the keychain when there is one', async () => {
    const sealer: KeyStore = {
      available: () => true,
      seal: (s) => Buffer.from([...s].reverse()),
      unseal: (s) => Buffer.from([...s].reverse()),
    };
    const { db } = await signedIn({ keyStore: sealer });
    const stored = db.prepare(`SELECT token, token_scheme FROM sync_server`).get() as {
      token: string;
      token_scheme: string;
    };
    expect(stored.token_scheme).toBe('keychain');
    expect(stored.token).not.toContain(office.token);
    expect(readLink(db, sealer)?.token).toBe(office.token);
    // A ledger copied to a machine whose keychain cannot open it is simply signed out there.
    expect(readLink(db, undefined)?.token).toBeNull();
  });

  it('another certificate is another server: session and cursor start again; the same one at a new address keeps them', async () => {
    const { db, sync } = await signedIn();
    linkCursor(db).set('77');
    sync.confirm('127.0.0.1:1', office.fingerprint);
    expect(sync.status()).toMatchObject({ url: 'https://127.0.0.1:1', signedIn: true });
    expect(linkCursor(db).get()).toBe('77');
    sync.confirm(office.origin, office.fingerprint.replace(/^../, '00'));
    expect(sync.status()).toMatchObject({ signedIn: false, account: null });
    expect(linkCursor(db).get()).toBe('0');
  });
});

describe('立即同步', () => {
  it('runs the round over the pinned connection, keeps its cursor and the time it finished', async () => {
    const { db, sync } = await signedIn();
    createCompany(db, { name: '测试' }, { name: '宁波舜宇光学科技有限公司' });
    expect(sync.status().pending).toBeGreaterThan(0);
    const before = office.received.length;
    expect(await sync.syncNow()).toEqual(REPORT);
    expect(office.received.slice(before).map((r) => r.path)).toEqual([
      '/api/v1/sync/state',
      '/api/v1/sync/pull',
    ]);
    expect(linkCursor(db).get()).toBe('42');
    const status = sync.status();
    expect(status.lastSyncAt).not.toBeNull();
    expect(status.lastError).toBeNull();
    expect(status.pending).toBe(0);
  });

  it('an expired token (401) asks to sign in again, and the next round does not try the server', async () => {
    const { sync } = await signedIn();
    office.expired = true;
    try {
      const err = await refusal(sync.syncNow());
      expect(err.code).toBe('SERVER_SIGN_IN_NEEDED');
      expect(err.message).toContain('请重新登录');
      const status = sync.status();
      expect(status.signedIn).toBe(false);
      expect(status.lastError).toMatchObject({ code: 'SERVER_SIGN_IN_NEEDED' });
      // The account stays, so the form is filled in for signing in again.
      expect(status.account?.user).toBe(ACCOUNT.user);
      const before = office.received.length;
      expect((await refusal(sync.syncNow())).code).toBe('SERVER_SIGN_IN_NEEDED');
      expect(office.received.length).toBe(before);
    } finally {
      office.expired = false;
    }
  });

  it('a token past its expiry time counts as signed out without asking the server', async () => {
    const { sync } = await signedIn();
    setClock(new Date(Date.now() + 9 * 3600_000).toISOString());
    expect(sync.status().signedIn).toBe(false);
    const before = office.received.length;
    expect((await refusal(sync.syncNow())).message).toContain('登录已过期');
    expect(office.received.length).toBe(before);
  });

  it('shows a server’s refusal in its own words as the last error', async () => {
    const { sync } = await signedIn();
    office.refuse = {
      status: 409,
      code: 'SCHEMA_NEWER',
      message: '服务器的台账版本较新，请先升级本机的招商通',
    };
    try {
      const err = await refusal(sync.syncNow());
      expect(err.message).toBe('服务器的台账版本较新，请先升级本机的招商通');
      expect(sync.status().lastError?.message).toBe(err.message);
    } finally {
      office.refuse = null;
    }
  });

  it('never runs two rounds at once: a second 立即同步 joins the running one', async () => {
    const gate = deferred<RoundReport>();
    const round = vi.fn<ServerRound>(() => gate.promise);
    const { sync } = await signedIn({ round });
    const first = sync.syncNow();
    const second = sync.syncNow();
    expect(sync.status().syncing).toBe(true);
    gate.resolve(REPORT);
    expect(await Promise.all([first, second])).toEqual([REPORT, REPORT]);
    expect(round).toHaveBeenCalledTimes(1);
    expect(sync.status().syncing).toBe(false);
  });

  it('is refused while an import holds the ledger, saying what runs', async () => {
    const { sync } = await signedIn();
    const gate = deferred<void>();
    const importing = exclusively('导入', () => gate.promise);
    try {
      const err = await refusal(sync.syncNow());
      expect(err.code).toBe('CONFLICT');
      expect(err.message).toContain('正在导入');
    } finally {
      gate.resolve();
      await importing;
    }
  });
});

describe('自动同步 in the background', () => {
  const MINUTES = 60_000;

  async function background(more: Partial<ServerSyncDeps> = {}) {
    const round = vi.fn<ServerRound>(() => Promise.resolve(REPORT));
    const db = freshDb();
    const sync = service(db, { round, intervalMs: 5 * MINUTES, ...more });
    sync.confirm(office.origin, office.fingerprint);
    saveSession(db, {
      token: office.token,
      expiresAt: new Date(Date.now() + 8 * 3600_000).toISOString(),
      user: { user: 'wangke', displayName: '王科长', role: 'team', teamGid: null, readsOtherTeams: false },
      serverId: 'office-1',
    });
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    sync.start();
    return { db, sync, round };
  }

  it('runs a round every five minutes while signed in, and stops when 自动同步 is off', async () => {
    const { sync, round } = await background();
    await vi.advanceTimersByTimeAsync(4 * MINUTES);
    expect(round).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1 * MINUTES);
    expect(round).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(5 * MINUTES);
    expect(round).toHaveBeenCalledTimes(2);
    sync.setAutoSync(false);
    await vi.advanceTimersByTimeAsync(15 * MINUTES);
    expect(round).toHaveBeenCalledTimes(2);
    sync.setAutoSync(true);
    sync.signOut();
    await vi.advanceTimersByTimeAsync(15 * MINUTES);
    expect(round).toHaveBeenCalledTimes(2);
    sync.stop();
  });

  it('ends its timer quietly when the ledger is closed (another file opened, a restore swapped in)', async () => {
    const { db, round } = await background();
    db.close();
    // A tick on a closed ledger used to throw from the timer and take the host process down.
    await vi.advanceTimersByTimeAsync(15 * MINUTES);
    expect(round).toHaveBeenCalledTimes(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('waits while an import holds the ledger and skips a tick while its own round still runs', async () => {
    let busy: string | null = '正在导入，已完成 40%';
    const gate = deferred<RoundReport>();
    const round = vi.fn<ServerRound>(() => gate.promise);
    const { sync } = await background({ busy: () => busy, round });
    await vi.advanceTimersByTimeAsync(10 * MINUTES);
    expect(round).toHaveBeenCalledTimes(0);
    busy = null;
    await vi.advanceTimersByTimeAsync(5 * MINUTES);
    expect(round).toHaveBeenCalledTimes(1);
    // A slow round (a month offline) outlasts several ticks: none starts a second one.
    await vi.advanceTimersByTimeAsync(20 * MINUTES);
    expect(round).toHaveBeenCalledTimes(1);
    gate.resolve(REPORT);
    await vi.advanceTimersByTimeAsync(5 * MINUTES);
    expect(round).toHaveBeenCalledTimes(2);
    sync.stop();
  });

  it('records an unreachable server as the last error and tries again at the next tick', async () => {
    const round = vi.fn<ServerRound>(() => Promise.resolve(REPORT));
    round.mockRejectedValueOnce(
      new DomainError('SERVER_UNREACHABLE', '连不上办公室服务器（网络不通）。本机照常可用'),
    );
    const { sync } = await background({ round });
    await vi.advanceTimersByTimeAsync(5 * MINUTES);
    expect(sync.status().lastError?.message).toContain('连不上办公室服务器');
    await vi.advanceTimersByTimeAsync(5 * MINUTES);
    expect(round).toHaveBeenCalledTimes(2);
    expect(sync.status().lastError).toBeNull();
    sync.stop();
  });
});
