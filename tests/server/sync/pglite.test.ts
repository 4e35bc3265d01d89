import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCompany, deleteCompany } from '../../../main/domain/companies';
import { createContact } from '../../../main/domain/contacts';
import { createProject } from '../../../main/domain/projects';
import { runServerRound } from '../../../main/sync/serverRound';
import { ledgerHashes } from '../../../main/sync/tableHash';
import { createSyncEngine } from '../../../server/sync/engine';
import { mirrorHashes } from '../../../server/sync/mirror';
import { openPglite } from '../../../server/store/pgliteSql';
import { closeAll, devices } from '../../unit/sync/devices';
import { allowAll, callerFor, inProcess, memoryCursor, SERVER_ID } from './office';

describe('the sync engine on the embedded PostgreSQL (PGlite) of a trial server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'leadatlas-pglite-sync-'));
  const all = devices(2);
  afterAll(() => {
    closeAll(all);
    rmSync(dir, { recursive: true, force: true });
  });

  it('merges two laptops into one mirror, deletions included', async () => {
    const sql = await openPglite(join(dir, 'pg'));
    const engine = await createSyncEngine({
      sql,
      auth: allowAll,
      dataDir: join(dir, 'data'),
      serverId: SERVER_ID,
    });
    const [a, b] = all as [(typeof all)[0], (typeof all)[0]];
    const who = { name: '孙主任' };
    const kept = createCompany(a.db, who, { name: '三一重工股份有限公司' });
    createProject(a.db, who, { name: '工程机械再制造', companyId: kept.id });
    const gone = createCompany(b.db, who, { name: '远景能源有限公司' });
    createContact(b.db, who, { companyId: gone.id, name: '赵经理', mobile: '13900000002' });
    const round = (d: (typeof all)[0], cursor = memoryCursor()) =>
      runServerRound(
        d.db,
        inProcess(() => engine, callerFor(d.id)),
        cursor,
      );
    const [ca, cb] = [memoryCursor(), memoryCursor()];
    await round(a, ca);
    await round(b, cb);
    deleteCompany(b.db, who, gone.id);
    await round(b, cb);
    await round(a, ca);
    expect(ledgerHashes(a.db)).toEqual(ledgerHashes(b.db));
    expect(await mirrorHashes(sql)).toEqual(ledgerHashes(a.db));
    expect(ledgerHashes(a.db).contacts!.rows).toBe(0);
    await engine.close();
    await sql.close();
  }, 60_000);
});
