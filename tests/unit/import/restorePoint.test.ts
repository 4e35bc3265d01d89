import { describe, expect, it } from 'vitest';
import { backupsDirFor, createBackup, listBackups } from '../../../main/db/backup';
import { connect } from '../../../main/db/cipher';
import type { Db } from '../../../main/db/open';
import { generateDemo } from '../../../main/domain/demo';
import type { ImportResult } from '@contract/importers/schema';
import { now, setClock } from '@contract/shared/clock';
import { bigProjectLedger, companyCsvGbk } from '../../fixtures/ledgers';
import { tableHashes } from '../backup/hashes';
import { freshDb, rowCount } from '../testDb';
import { jobContext } from '../jobs/jobContext';

// The import's audit batch is its restore point: no whole-file copy is taken in front of it, and
// 撤销本次导入 gives back exactly the ledger it found. The periodic backup follows the import
// (in the job thread, not waited for) only when none was taken within its interval.

/**
 * What the ledger holds, table by table. The audit tables and team sync's change log record the
 * import and its undo, the dashboard's month versions are new after any write, and the search
 * index's own storage is laid out anew by any write: what it finds is checked below.
 */
const ledgerHashes = (db: Db): Record<string, string> =>
  Object.fromEntries(
    Object.entries(tableHashes(db)).filter(
      ([t]) =>
        !t.startsWith('audit_') &&
        !t.startsWith('sync_') &&
        t !== 'figure_versions' &&
        !(t.startsWith('search_') && t !== 'search_syllables' && t !== 'search_queue'),
    ),
  );

function demoLedger(): Db {
  const db = freshDb();
  generateDemo(db, 'S', 7, { today: '2026-06-30' });
  return db;
}

const searchTitles = async (call: <T>(c: string, i: unknown) => Promise<T>, q: string): Promise<string[]> => {
  const r = await call<{ groups: { hits: { title: string }[] }[] }>('search.global', { q });
  return r.groups.flatMap((g) => g.hits.map((h) => h.title));
};

describe('the restore point of an import', () => {
  it('undo of a 10,500-row import into a populated ledger gives back every table as it was', async () => {
    const db = demoLedger();
    const { call, staged, caughtUp, phases } = jobContext(db);
    // Earlier work in the ledger, so the undo must leave someone else's batch alone.
    await call('import.run', await staged('客商名单.csv', companyCsvGbk(), 'companies'));
    await caughtUp();
    const before = ledgerHashes(db);
    const projectsBefore = rowCount(db, 'projects');

    // Large enough that the import sets the projects' indexes aside and builds them again.
    const big = await call<ImportResult>(
      'import.run',
      await staged('项目台账.xlsx', await bigProjectLedger(10_500), 'projects'),
    );
    expect(big.counts.create).toBe(10_500);
    // Every phase told as it starts; the last counts the indexes built again, not rows.
    expect(phases('import').slice(-3)).toEqual(['正在读取文件', '正在导入招商项目', '正在整理索引']);
    await caughtUp();
    expect(rowCount(db, 'projects')).toBe(projectsBefore + 10_500);
    expect(await searchTitles(call, '项目10499号')).toContain('项目10499号新能源电池生产线');

    await call('import.undo', { batchId: big.batchId });
    expect(ledgerHashes(db)).toEqual(before);
    expect(await searchTitles(call, '项目10499号')).toEqual([]);
  }, 120_000);

  it('undo of an import that changed existing companies puts their old values back exactly', async () => {
    const db = demoLedger();
    const { call, staged, caughtUp } = jobContext(db);
    await call('import.run', await staged('客商名单.csv', companyCsvGbk(), 'companies'));
    await caughtUp();
    const before = ledgerHashes(db);

    const changes = Buffer.from(
      '企业名称,所属行业,注册资本（万元）\r\n宁德时代新能源科技股份有限公司,储能,250000\r\n比亚迪股份有限公司,汽车制造,300000\r\n新设储能科技有限公司,储能,1000\r\n',
    );
    const changed = await call<ImportResult>(
      'import.run',
      await staged('企业更新.csv', changes, 'companies', { onDuplicate: 'update' }),
    );
    expect(changed.counts).toMatchObject({ create: 1, update: 2 });
    await caughtUp();
    expect(ledgerHashes(db)).not.toEqual(before);

    await call('import.undo', { batchId: changed.batchId });
    expect(ledgerHashes(db)).toEqual(before);
  });

  it('takes no backup in front of the import; the periodic one follows only when the last is old', async () => {
    const db = freshDb();
    const dir = backupsDirFor(db.name);
    const { call, staged, caughtUp, phases } = jobContext(db);
    /** A ledger of `rows` projects imported at `at`, with the catch-up behind it done. */
    const importAt = async (at: string, rows: number): Promise<ImportResult> => {
      setClock(at);
      const result = await call<ImportResult>(
        'import.run',
        await staged(`项目台账${rows}.xlsx`, await bigProjectLedger(rows), 'projects'),
      );
      await caughtUp();
      return result;
    };
    try {
      setClock('2026-06-30T09:00:00+08:00');
      createBackup(db, dir, 'manual', now());
      // An hour after the last backup: none is taken, before or after.
      expect((await importAt('2026-06-30T10:00:00+08:00', 300)).backupFollows).toBe(false);
      expect(listBackups(dir).map((b) => b.reason)).toEqual(['manual']);
      expect(phases('import')).toEqual(['正在读取文件', '正在导入招商项目']);

      // Four and a half hours on: the periodic backup follows, of the ledger with the import in it.
      expect((await importAt('2026-06-30T14:30:00+08:00', 400)).backupFollows).toBe(true);
      const [latest] = listBackups(dir);
      expect(latest?.reason).toBe('auto');
      const copy = connect(latest?.path as string, { readonly: true, fileMustExist: true });
      try {
        expect(rowCount(copy, 'projects')).toBe(rowCount(db, 'projects'));
      } finally {
        copy.close();
      }
    } finally {
      setClock(null);
    }
  });
});
