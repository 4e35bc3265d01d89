import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCompany, updateCompany } from '../../../main/domain/companies';
import { createProject } from '../../../main/domain/projects';
import { runServerRound } from '../../../main/sync/serverRound';
import { ledgerHashes } from '../../../main/sync/tableHash';
import { mirrorHashes } from '../../../server/sync/mirror';
import { openPostgres } from '../../../server/store/pgSql';
import { closeAll, devices, type Device } from '../../unit/sync/devices';
import { callerFor, inProcess, memoryCursor, startOffice, type Office } from './office';
import { startTcpProxy, type TcpProxy } from './tcpProxy';
import { TEST_PG_ADMIN_URL } from '../testDatabase';

const CUTS = 14;
const who = { name: '陈科员' };

describe('PostgreSQL lost in the middle of a push', () => {
  let proxy: TcpProxy;
  let office: Office;
  let all: Device[];
  beforeAll(async () => {
    const pg = new URL(TEST_PG_ADMIN_URL);
    proxy = await startTcpProxy(pg.hostname, Number(pg.port || 5432));
    office = await startOffice(undefined, (db) => {
      const proxied = new URL(db.url);
      proxied.port = String(proxy.port);
      return openPostgres(proxied.toString(), 4);
    });
    all = devices(1);
  });
  afterAll(async () => {
    closeAll(all);
    await office.close();
    await proxy.close();
  });

  it(`leaves nothing half-applied at ${CUTS} different points, the statement lost or its answer, and the retry completes`, async () => {
    const [a] = all as [Device];
    const cursor = memoryCursor();
    const round = () =>
      runServerRound(
        a.db,
        inProcess(() => office.engine, callerFor(a.id)),
        cursor,
      );
    let cut = 0;
    let committedUnheard = 0;
    for (let step = 0; step < CUTS * 2; step++) {
      const [i, answerLost] = [1 + Math.floor(step / 2), step % 2 === 1];
      const where = `cut at packet ${i}${answerLost ? ', answer lost' : ''}`;
      const before = ledgerHashes(a.db);
      const company = createCompany(a.db, who, { name: `中创新航科技集团${step}` });
      createProject(a.db, who, {
        name: `锂电项目${step}`,
        companyId: company.id,
        plannedAmount: i * 1_0000_0000,
      });
      updateCompany(a.db, who, { id: company.id, patch: { notes: `第${step}次洽谈` } });
      const after = ledgerHashes(a.db);
      proxy.cutAfter(i, answerLost);
      const failed = await round().then(
        () => false,
        () => true,
      );
      if (proxy.cut()) cut++;
      expect(failed, where).toBe(proxy.cut());
      proxy.cutAfter(Infinity);
      // All of the push or none of it: the office's rows are the laptop's before or after the edits.
      const mirror = await mirrorHashes(office.db.sql);
      expect([before, after], where).toContainEqual(mirror);
      // PostgreSQL committed, the laptop heard nothing: the merge cache must catch up on the retry.
      if (failed && JSON.stringify(mirror) === JSON.stringify(after)) committedUnheard++;
      await round();
      expect(await mirrorHashes(office.db.sql), `retry after a ${where}`).toEqual(after);
    }
    expect(cut).toBeGreaterThanOrEqual(CUTS * 2 - 4);
    expect(committedUnheard).toBeGreaterThan(0);
  }, 120_000);
});
