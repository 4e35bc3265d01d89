import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '@contract/bridge';
import type { ApiContext } from '../../../main/api/context';
import { dispatch } from '../../../main/api/dispatch';
import { backupsDirFor, createBackup } from '../../../main/db/backup';
import { connect } from '../../../main/db/cipher';
import type { Db } from '../../../main/db/open';
import type { BackupInfo, BackupList, RestoreResult, StagedBackup } from '@contract/backups/schema';
import type { ImportResult, InspectResult, StagedFile } from '@contract/importers/schema';
import { generateDemo } from '../../../main/domain/demo';
import type { SearchResult } from '@contract/search/schema';
import { workerJobRunner, type JobRunner } from '../../../main/jobs/jobRunner';
import { projectLedger } from '../../fixtures/ledgers';
import { freshDb, rowCount } from '../testDb';
import { builtJobWorker } from './builtWorker';
import { jobContext } from './jobContext';

// Backups and restores through the contract, their work in a real worker thread (the app's own
// bundle of main/jobs/jobWorker.ts): the main thread must keep answering while they run.

const DURING = '备份期间新建的企业有限公司';
const AFTER_BACKUP = '备份之后才录入的企业有限公司';

let runner: JobRunner;
beforeAll(async () => {
  runner = workerJobRunner(await builtJobWorker());
}, 60_000);

function demoLedger(): Db {
  const db = freshDb();
  generateDemo(db, 'S', 7, { today: '2026-06-30' });
  return db;
}

async function timed(ctx: ApiContext, channel: string, input: unknown) {
  const started = performance.now();
  const result = await dispatch(ctx, channel, input);
  return { result, ms: performance.now() - started };
}

/** Starts a call and says whether it has answered yet. */
function started<T>(ctx: ApiContext, channel: string, input: unknown) {
  const state = { answered: false };
  const answer = (dispatch(ctx, channel, input) as Promise<ApiResult<T>>).then((r) => {
    state.answered = true;
    return r;
  });
  return { state, answer };
}

function expectRefused(r: ApiResult<unknown>, code: string, message: RegExp): void {
  expect(r).toMatchObject({ ok: false, error: { code } });
  if (!r.ok) expect(r.error.message).toMatch(message);
}

const companiesNamed = async (ctx: ApiContext, q: string): Promise<number> => {
  const r = await dispatch(ctx, 'companies.list', { q });
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as { total: number }).total;
};

const searchHits = async (ctx: ApiContext, q: string): Promise<number> => {
  const r = await dispatch(ctx, 'search.global', { q });
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as SearchResult).groups.reduce((n, g) => n + g.hits.length, 0);
};

describe('立即备份 in the job thread', () => {
  it('refuses a save at once and answers a read while the backup is taken; its steps are told in order', async () => {
    const db = demoLedger();
    const { ctx, phases } = jobContext(db, runner);
    const backup = started<BackupInfo>(ctx, 'backups.create', {});

    const create = await timed(ctx, 'companies.create', { name: DURING });
    expectRefused(create.result, 'BUSY', /^正在(备份数据库|检查备份文件)。完成后再保存，本次修改未保存。$/);
    expect(create.ms).toBeLessThan(100);
    const info = await timed(ctx, 'app.info', {});
    expect(info.result.ok).toBe(true);
    // A second backup is not a refused save: it is told that one is being taken.
    const again = await timed(ctx, 'backups.create', {});
    expectRefused(again.result, 'CONFLICT', /^正在(备份数据库|检查备份文件)，请等它完成后再试$/);
    expect(backup.state.answered).toBe(false);

    const done = await backup.answer;
    expect(done.ok).toBe(true);
    expect(phases('backup')).toEqual(['正在备份数据库', '正在检查备份文件']);
    expect(await companiesNamed(ctx, DURING)).toBe(0);
    expect((await dispatch(ctx, 'companies.create', { name: DURING })).ok).toBe(true);
  });
});

describe('a restore in the job thread', () => {
  it('refuses a save and answers reads while it runs; afterwards the main connection reads the restored data', async () => {
    const db = demoLedger();
    const { ctx, progress, phases } = jobContext(db, runner);
    const backup = createBackup(db, backupsDirFor(db.name), 'manual');
    // Entered after the backup: gone once it is restored, from the lists and from the search.
    expect((await dispatch(ctx, 'companies.create', { name: AFTER_BACKUP })).ok).toBe(true);
    expect(await companiesNamed(ctx, AFTER_BACKUP)).toBe(1);
    expect(await searchHits(ctx, AFTER_BACKUP)).toBeGreaterThan(0);
    const before = rowCount(db, 'companies');

    const restore = started<RestoreResult>(ctx, 'backups.restore', { name: backup.name });
    const create = await timed(ctx, 'companies.create', { name: DURING });
    expectRefused(create.result, 'BUSY', /^正在恢复备份.*。完成后再保存，本次修改未保存。$/);
    expect(create.ms).toBeLessThan(100);
    const read = await timed(ctx, 'companies.list', { q: AFTER_BACKUP });
    expect(read.result.ok).toBe(true);
    expectRefused(
      (await dispatch(ctx, 'backups.create', {})) as ApiResult<unknown>,
      'CONFLICT',
      /^正在恢复备份.*，请等它完成后再试$/,
    );
    expect(restore.state.answered).toBe(false);

    const done = await restore.answer;
    expect(done.ok).toBe(true);
    // What the main connection reads is what the backup holds, row for row.
    const file = connect(backup.path, { readonly: true, fileMustExist: true });
    try {
      expect(rowCount(db, 'companies')).toBe(rowCount(file, 'companies'));
      expect(rowCount(db, 'projects')).toBe(rowCount(file, 'projects'));
    } finally {
      file.close();
    }
    expect(rowCount(db, 'companies')).toBe(before - 1);
    expect(await companiesNamed(ctx, AFTER_BACKUP)).toBe(0);
    expect(await searchHits(ctx, AFTER_BACKUP)).toBe(0);
    // The search index the worker rebuilt answers on the main connection.
    const kept = db.prepare('SELECT name FROM companies ORDER BY id LIMIT 1').pluck().get() as string;
    expect(await searchHits(ctx, kept)).toBeGreaterThan(0);
    const history = db.prepare(`SELECT label FROM audit_batches WHERE kind = 'restore'`).pluck().all();
    expect(history).toEqual([expect.stringContaining(`从备份恢复：${backup.name}`)]);

    // Every step told as it happened, the percent never going back, up to 100.
    const steps = progress.filter((p) => p.task === 'restore');
    expect(phases('restore').length).toBeGreaterThanOrEqual(5);
    expect(steps.map((p) => p.done)).toEqual([...steps.map((p) => p.done)].sort((a, b) => a - b));
    expect(steps.at(-1)?.done).toBe(100);
    // And saves go through again.
    expect((await dispatch(ctx, 'companies.create', { name: DURING })).ok).toBe(true);
  });

  it('refuses a file that is not a backup, says why in Chinese, and changes nothing', async () => {
    const db = demoLedger();
    const { ctx } = jobContext(db, runner);
    const counts = (): number[] => ['companies', 'projects', 'interactions'].map((t) => rowCount(db, t));
    const before = counts();
    const base64 = Buffer.from('名称,电话\n某公司,123\n'.repeat(200)).toString('base64');
    const staged = await dispatch(ctx, 'backups.upload', { name: '客商名单.sqlite', base64 });
    if (!staged.ok) throw new Error(staged.error.message);

    const r = await dispatch(ctx, 'backups.restoreFile', { fileId: (staged.value as StagedBackup).fileId });
    expectRefused(r, 'BACKUP_FOREIGN', /^该文件不是招商通的备份.*当前数据未作任何更改。$/);
    expect(counts()).toEqual(before);
    expect(db.prepare(`SELECT count(*) FROM audit_batches WHERE kind = 'restore'`).pluck().get()).toBe(0);
    // The refusal ended the restore: saves are taken again.
    expect((await dispatch(ctx, 'companies.create', { name: DURING })).ok).toBe(true);
  });
});

describe('撤销导入 with its backup in the job thread', () => {
  it('refuses a save while the backup before the undo is taken, then takes the import back', async () => {
    const db = freshDb();
    const { ctx } = jobContext(db, runner);
    const call = async <T>(channel: string, input: unknown): Promise<T> => {
      const r = await dispatch(ctx, channel, input);
      if (!r.ok) throw new Error(r.error.message);
      return r.value as T;
    };
    const base64 = (await projectLedger()).toString('base64');
    const staged = await call<StagedFile>('import.upload', { name: '2024年项目台账.xlsx', base64 });
    const inspected = await call<InspectResult>('import.inspect', {
      fileId: staged.fileId,
      sheet: 0,
      target: 'projects',
    });
    const result = await call<ImportResult>('import.run', {
      fileId: staged.fileId,
      sheet: 0,
      target: 'projects',
      headerRow: inspected.headerRow,
      mapping: inspected.suggestions.map(({ confidence: _c, ...m }) => m),
      onError: 'skip',
    });
    expect(rowCount(db, 'projects')).toBe(8);

    const undo = started(ctx, 'import.undo', { batchId: result.batchId });
    const create = await timed(ctx, 'companies.create', { name: DURING });
    expectRefused(
      create.result,
      'BUSY',
      /^正在(备份数据库|检查备份文件|撤销导入)。完成后再保存，本次修改未保存。$/,
    );
    expect(create.ms).toBeLessThan(100);
    expect((await undo.answer).ok).toBe(true);

    expect(rowCount(db, 'projects')).toBe(0);
    const backups = await call<BackupList>('backups.list', {});
    expect(backups.backups.map((b) => b.reason)).toContain('undo');
    expect((await dispatch(ctx, 'companies.create', { name: DURING })).ok).toBe(true);
  });
});
