import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCompany, updateCompany } from '../../../main/domain/companies';
import { createProject } from '../../../main/domain/projects';
import { runServerRound } from '../../../main/sync/serverRound';
import { ledgerHashes } from '../../../main/sync/tableHash';
import { mirrorHashes } from '../../../server/sync/mirror';
import { CACHE_FILE } from '../../../server/sync/ruleCache';
import type { Device } from '../../unit/sync/devices';
import { callerFor, inProcess, memoryCursor } from './office';
import { withOffice } from './withOffice';

const who = { name: '周主任' };

describe('the rule-engine cache is derived from the PostgreSQL log', () => {
  const setup = withOffice(1);

  const cachePath = () => join(setup.office.dataDir, CACHE_FILE);
  const round = (d: Device) =>
    runServerRound(
      d.db,
      inProcess(() => setup.office.engine, callerFor(d.id)),
      memoryCursor(),
    );

  it('replays on start what PostgreSQL committed and the cache did not (a crash between the two commits)', async () => {
    const [a] = setup.all as [Device];
    const company = createCompany(a.db, who, { name: '三一重工股份有限公司' });
    await round(a);
    await setup.office.engine.close();
    const before = join(setup.office.dataDir, 'before.sqlite');
    copyFileSync(cachePath(), before);
    await setup.office.restart();
    updateCompany(a.db, who, { id: company.id, patch: { industry: '装备制造' } });
    createProject(a.db, who, { name: '智能装备产业园', companyId: company.id, plannedAmount: 20_0000_0000 });
    await round(a);
    await setup.office.engine.close();
    copyFileSync(before, cachePath());
    rmSync(`${cachePath()}-wal`, { force: true });
    await setup.office.restart();

    const expected = ledgerHashes(a.db);
    expect(await setup.office.cacheHashes()).toEqual(expected);
    expect(await mirrorHashes(setup.office.db.sql)).toEqual(expected);
    // And merging goes on from there.
    updateCompany(a.db, who, { id: company.id, patch: { notes: '已签约' } });
    expect((await round(a)).pushed).toBeGreaterThan(0);
    expect(await mirrorHashes(setup.office.db.sql)).toEqual(ledgerHashes(a.db));
  });

  it.each([
    ['damaged', () => writeFileSync(join(setup.office.dataDir, CACHE_FILE), Buffer.alloc(8192, 0x5a))],
    ['missing', () => rmSync(join(setup.office.dataDir, CACHE_FILE))],
  ])('builds a %s cache file again from the log', async (_, harm) => {
    const [a] = setup.all as [Device];
    const company = createCompany(a.db, who, { name: '远景科技集团有限公司' });
    createProject(a.db, who, { name: '零碳产业园', companyId: company.id, plannedAmount: 80_0000_0000 });
    await round(a);
    await setup.office.engine.close();
    harm();
    rmSync(`${cachePath()}-wal`, { force: true });
    rmSync(`${cachePath()}-shm`, { force: true });
    await setup.office.restart();
    expect(await setup.office.cacheHashes()).toEqual(ledgerHashes(a.db));
    updateCompany(a.db, who, { id: company.id, patch: { notes: '二期洽谈中' } });
    await round(a);
    expect(await mirrorHashes(setup.office.db.sql)).toEqual(ledgerHashes(a.db));
  });
});
