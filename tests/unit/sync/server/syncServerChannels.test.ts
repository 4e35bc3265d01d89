import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiEvents } from '@contract/bridge';
import type { ApiInput, ApiOutput, ChannelName } from '@contract/channels';
import { dispatch } from '../../../../main/api/dispatch';
import { exclusively, refusedWhileWorking } from '../../../../main/api/exclusive';
import { serverSyncOf } from '../../../../main/api/handlers/syncServer';
import type { RoundReport } from '../../../../main/sync/serverTransport';
import type { ServerRound } from '../../../../main/sync/server/serverSync';
import { ledgerContext } from './serverFixtures';
import {
  ACCOUNT,
  startOfficeServerDouble,
  type OfficeServerDouble,
} from '../../../harness/officeServerDouble';

const REPORT: RoundReport = { pushed: 1, refused: [], withdrawn: 0, pulled: 0, applied: 0, conflicts: 0 };

let office: OfficeServerDouble;
beforeAll(async () => {
  office = await startOfficeServerDouble();
});
afterAll(() => office.close());

describe('the syncServer channels, as the window calls them', () => {
  it('connect, sign in and 立即同步 report progress to the window; saves go on while the round runs, an import waits', async () => {
    const progress: ApiEvents['progress'][] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const checks: { save: unknown; importing: unknown } = { save: null, importing: null };
    const round: ServerRound = async ({ transport, onProgress }) => {
      await transport.state();
      onProgress('正在上传本机的修改', 40);
      checks.save = refusedWhileWorking('companies.create', true);
      checks.importing = await exclusively('导入', () => Promise.resolve()).catch((e: Error) => e.message);
      await held;
      return REPORT;
    };
    const ctx = ledgerContext({
      emit: (event, payload) => {
        if (event === 'progress') progress.push(payload as ApiEvents['progress']);
      },
      serverRound: round,
    });
    const ok = async <K extends ChannelName>(channel: K, input: ApiInput<K>): Promise<ApiOutput<K>> => {
      const r = await dispatch(ctx, channel, input);
      if (!r.ok) throw new Error(r.error.message);
      return r.value as ApiOutput<K>;
    };
    const probe = await ok('syncServer.probe', { url: office.origin });
    await ok('syncServer.confirm', { url: probe.url, fingerprint: probe.fingerprint });
    const signedIn = await ok('syncServer.signIn', { user: ACCOUNT.user, password: ACCOUNT.password });
    expect(signedIn.signedIn).toBe(true);

    const syncing = ok('syncServer.syncNow', {});
    // The round has begun once it said how far it is.
    await vi.waitFor(() => expect(progress.length).toBeGreaterThan(0));
    expect((await ok('syncServer.status', {})).syncing).toBe(true);
    release();
    expect(await syncing).toEqual(REPORT);

    expect(progress).toContainEqual({
      task: 'serverSync',
      done: 40,
      total: 100,
      label: '正在上传本机的修改',
    });
    expect(checks.save).toBeNull();
    expect(checks.importing).toContain('正在上传本机的修改');
    const after = await ok('syncServer.status', {});
    expect(after).toMatchObject({ syncing: false, lastError: null });
    expect(after.lastSyncAt).not.toBeNull();
    serverSyncOf(ctx).stop();
    ctx.db.close();
  });

  it('refuses an address that is not https before anything is tried', async () => {
    const ctx = ledgerContext();
    const r = await dispatch(ctx, 'syncServer.probe', { url: 'http://192.168.1.20:8443' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('只支持 https');
    ctx.db.close();
  });
});
