import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '@contract/bridge';
import { dispatch } from '../../../main/api/dispatch';
import { workerJobRunner, type JobRunner } from '../../../main/jobs/jobRunner';
import type { ImportResult } from '@contract/importers/schema';
import { UNDO_PHASE } from '@contract/importers/phases';
import { bigProjectLedger } from '../../fixtures/ledgers';
import { jobContext } from './jobContext';
import { freshDb, rowCount } from '../testDb';
import { builtJobWorker } from './builtWorker';

// 撤销导入 of a large import deletes every row it created (here 10,500 projects and their
// companies, with their search entries) in the job thread: the window keeps answering meanwhile.

const DURING = '撤销期间新建的企业有限公司';

let runner: JobRunner;
beforeAll(async () => {
  runner = workerJobRunner(await builtJobWorker());
}, 60_000);

async function timed(run: () => Promise<ApiResult<unknown>>) {
  const started = performance.now();
  const result = await run();
  return { result, ms: performance.now() - started };
}

describe('撤销导入 in the job thread', () => {
  it('answers app.info and refuses a save at once while the rows are being deleted', async () => {
    const db = freshDb();
    const { ctx, call, staged, phases, caughtUp } = jobContext(db, runner);
    const result = await call<ImportResult>(
      'import.run',
      await staged('项目台账.xlsx', await bigProjectLedger(10_500), 'projects'),
    );
    await caughtUp();
    expect(rowCount(db, 'projects')).toBe(10_500);

    const state = { answered: false };
    const undo = dispatch(ctx, 'import.undo', { batchId: result.batchId }).then((r) => {
      state.answered = true;
      return r;
    });
    // Past its backup: the undo itself runs, holding the database's write lock.
    await vi.waitFor(() => expect(phases('undo')).toContain(UNDO_PHASE), { timeout: 60_000, interval: 5 });
    const info = await timed(() => dispatch(ctx, 'app.info', {}));
    const create = await timed(() => dispatch(ctx, 'companies.create', { name: DURING }));
    expect(state.answered).toBe(false);

    expect(info.result.ok).toBe(true);
    expect(info.ms).toBeLessThan(100);
    expect(create.result).toMatchObject({
      ok: false,
      error: { code: 'BUSY', message: '正在撤销导入。完成后再保存，本次修改未保存。' },
    });
    expect(create.ms).toBeLessThan(100);

    expect((await undo).ok).toBe(true);
    expect(phases('undo')).toEqual(['正在备份数据库', '正在检查备份文件', UNDO_PHASE]);
    expect(rowCount(db, 'projects')).toBe(0);
    // The main connection reads what the job thread committed; saves go through again.
    expect((await dispatch(ctx, 'companies.create', { name: DURING })).ok).toBe(true);
  }, 180_000);
});
