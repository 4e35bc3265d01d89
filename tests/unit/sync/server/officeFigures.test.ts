import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../../../main/api/context';
import { dispatch } from '../../../../main/api/dispatch';
import { serverSyncOf } from '../../../../main/api/handlers/syncServer';
import { KEPT_ANSWERS, keepFigures, keptFigures } from '../../../../main/sync/server/officeFigureCache';
import { ledgerContext } from './serverFixtures';
import {
  ACCOUNT,
  startOfficeServerDouble,
  type OfficeServerDouble,
} from '../../../harness/officeServerDouble';

// syncServer.figures against a stand-in server: what the laptop refuses to show or keep. The real
// server's figures are compared with a laptop's in tests/server/officeFiguresOnLaptop.test.ts.

let office: OfficeServerDouble;
let ctx: ApiContext;
const period = { from: '2026-01-01', to: '2026-12-31' };

beforeAll(async () => {
  office = await startOfficeServerDouble();
  ctx = ledgerContext();
  const link = serverSyncOf(ctx);
  const probe = await link.probe(office.origin);
  link.confirm(probe.url, probe.fingerprint);
  await link.signIn(ACCOUNT.user, ACCOUNT.password);
});
afterAll(async () => {
  serverSyncOf(ctx).stop();
  ctx.db.close();
  await office.close();
});

describe('office figures on a laptop', () => {
  it('an answer not shaped like the channel’s own is refused in words and not kept', async () => {
    office.figures = () => Promise.resolve({ cards: 'nonsense' });
    const r = await dispatch(ctx, 'syncServer.figures', { channel: 'indicators.kpis', input: period });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('SERVER_BAD_REPLY');
      expect(r.error.message).toContain('服务器的回复无法识别');
    }
    expect(keptFigures(ctx.db, 'office-1', 'indicators.kpis', period)).toBeNull();
  });

  it('a refused token is dropped, so 设置 asks to sign in again', async () => {
    office.figures = () => Promise.resolve({ collisions: [], total: 0 });
    office.expired = true;
    try {
      const r = await dispatch(ctx, 'syncServer.figures', { channel: 'projects.collisions', input: {} });
      expect(r.ok).toBe(false);
      expect(serverSyncOf(ctx).status().signedIn).toBe(false);
    } finally {
      office.expired = false;
      await serverSyncOf(ctx).signIn(ACCOUNT.user, ACCOUNT.password);
    }
  });

  it('the kept answers stay few: the oldest make room', () => {
    const value = { collisions: [], total: 0 };
    for (let i = 0; i <= KEPT_ANSWERS; i++)
      keepFigures(
        ctx.db,
        'office-1',
        'reports.targets',
        { year: 1800 + i },
        { value, asOf: '1', fetchedAt: 'x' },
      );
    const kept = ctx.db
      .prepare(`SELECT count(*) FROM settings WHERE key GLOB 'officeFigures:*'`)
      .pluck()
      .get() as number;
    expect(kept).toBe(KEPT_ANSWERS);
    expect(keptFigures(ctx.db, 'office-1', 'reports.targets', { year: 1800 + KEPT_ANSWERS })).not.toBeNull();
  });
});
