import { describe, expect, it } from 'vitest';
import { PAGE_CHANGES } from '@contract/sync/serverProtocol';
import type { Db } from '../../../main/db/open';
import type { ServerTransport } from '../../../main/sync/serverTransport';
import { runServerRound } from '../../../main/sync/serverRound';
import { ledgerHashes } from '../../../main/sync/tableHash';
import { mirrorHashes } from '../../../server/sync/mirror';
import type { Device } from '../../unit/sync/devices';
import { callerFor, dropping, inProcess, memoryCursor } from './office';
import { withOffice } from './withOffice';

const MONTH = 5000;

/** A month of work offline: 5,000 new companies, each its own recorded change. */
function monthOffline(db: Db): void {
  db.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${MONTH})
    INSERT INTO companies (name, name_key, created_at, updated_at)
    SELECT '外出拜访企业' || i, 'waichubaifangqiye' || i, '2026-11-01T08:00:00+08:00', '2026-11-01T08:00:00+08:00' FROM n`);
}

const counting = (inner: ServerTransport, calls: { push: number[]; pull: number[] }): ServerTransport => ({
  state: () => inner.state(),
  push: async (r) => {
    calls.push.push(r.changes.length);
    return inner.push(r);
  },
  pull: async (r) => {
    const page = await inner.pull(r);
    calls.pull.push(page.changes.length);
    return page;
  },
});

describe('a month offline through the office server', () => {
  const setup = withOffice(2, 'all');

  it('arrives in pages both ways, survives a pull cut midway, and completes', async () => {
    const [away, home] = setup.all as [Device, Device];
    monthOffline(away.db);
    const sent = { push: [] as number[], pull: [] as number[] };
    const progress: [string, number, number][] = [];
    const up = await runServerRound(
      away.db,
      counting(
        inProcess(() => setup.office.engine, callerFor(away.id)),
        sent,
      ),
      memoryCursor(),
      (phase, done, total) => progress.push([phase, done, total]),
    );
    expect(up.pushed).toBe(MONTH);
    expect(sent.push.length).toBe(Math.ceil(MONTH / PAGE_CHANGES));
    expect(Math.max(...sent.push)).toBeLessThanOrEqual(PAGE_CHANGES);
    expect(progress.filter(([phase]) => phase === 'push').at(-1)).toEqual(['push', MONTH, MONTH]);

    // The laptop at the office (nothing to push): its connection drops as the third page comes back.
    const cursor = memoryCursor();
    const got = { push: [] as number[], pull: [] as number[] };
    const transport = counting(
      inProcess(() => setup.office.engine, callerFor(home.id)),
      got,
    );
    await expect(runServerRound(home.db, dropping(transport, 3, true), cursor)).rejects.toThrow('连接中断');
    const appliedBeforeDrop = home.db.prepare(`SELECT count(*) FROM companies`).pluck().get() as number;
    expect(appliedBeforeDrop).toBe(2 * PAGE_CHANGES);
    expect(Number(cursor.get())).toBeGreaterThan(0);

    const rest = await runServerRound(home.db, transport, cursor);
    expect(rest.pulled).toBe(MONTH - 2 * PAGE_CHANGES);
    expect(got.pull.every((n) => n <= PAGE_CHANGES)).toBe(true);
    expect(ledgerHashes(home.db)).toEqual(ledgerHashes(away.db));
    expect(await mirrorHashes(setup.office.db.sql)).toEqual(ledgerHashes(away.db));
  }, 120_000);
});
