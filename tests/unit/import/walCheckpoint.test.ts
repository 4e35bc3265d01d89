import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backupsDirFor } from '../../../main/db/backup';
import { generateDemo } from '../../../main/domain/demo';
import { openSpreadsheet } from '../../../main/domain/importers/files/open';
import { runImport } from '../../../main/domain/importers/run';
import { catchUpJob, CATCH_UP_PHASES } from '../../../main/jobs/catchUpJob';
import { bigProjectLedger } from '../../fixtures/ledgers';
import { freshDb, rowCount } from '../testDb';
import { proposedSpec } from './helpers';

// A large import's commit leaves its pages in the WAL and answers; the copy into the database
// file (a checkpoint of hundreds of MB on a full ledger) is the catch-up's first step, in the
// job thread, so neither the import nor the next save from the window waits for it.
describe("an import's pages reach the file after it has answered", () => {
  it('the import commits without a checkpoint; the catch-up that follows makes it', async () => {
    const db = freshDb();
    generateDemo(db, 'S', 7, { today: '2026-06-30' });
    db.pragma('wal_checkpoint(TRUNCATE)');
    const fileBytes = (): number => statSync(db.name).size;
    const walBytes = (): number => statSync(`${db.name}-wal`).size;
    const before = { file: fileBytes(), projects: rowCount(db, 'projects') };

    const grid = openSpreadsheet('项目台账.xlsx', new Uint8Array(await bigProjectLedger(6_000))).sheet(0);
    const written = await runImport({
      grid,
      dbPath: db.name,
      spec: proposedSpec(grid, 'projects', { onDuplicate: 'skip', onError: 'skip' }),
      actor: { name: '招商服务中心' },
      fileName: '项目台账.xlsx',
      sheetName: 'Sheet1',
      settingYear: 2026,
    });
    expect(written.counts.create).toBe(6_000);
    // Committed and visible to the window's connection, though the file itself has not grown.
    expect(rowCount(db, 'projects')).toBe(before.projects + 6_000);
    expect(fileBytes()).toBe(before.file);
    expect(walBytes()).toBeGreaterThan(4 * 1024 * 1024);

    const phases: string[] = [];
    await catchUpJob({ dbPath: db.name, backupsDir: backupsDirFor(db.name), backup: false }, (p) =>
      phases.push(p.label),
    );
    expect(phases[0]).toBe(CATCH_UP_PHASES.checkpoint);
    expect(fileBytes()).toBeGreaterThan(before.file);
    expect(rowCount(db, 'projects')).toBe(before.projects + 6_000);
  });
});
