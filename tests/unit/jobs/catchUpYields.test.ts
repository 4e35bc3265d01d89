import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '@contract/importers/schema';
import { workerJobRunner, type JobRunner } from '../../../main/jobs/jobRunner';
import { bigProjectLedger } from '../../fixtures/ledgers';
import { freshDb } from '../testDb';
import { builtJobWorker } from './builtWorker';
import { jobContext } from './jobContext';

// After a large import the job thread fills sort keys and indexes the new records in short
// transactions, one after the other. SQLite's wait for the write lock keeps no queue: a save
// polls for it, and a thread that takes it back at once after each slice can win every time
// until the save gives up (数据库正被其他程序占用). Saves made while the catch-up runs must all go
// through.

const ROWS = 30_000;
const NAME = '整理索引期间新建的企业';

let runner: JobRunner;
beforeAll(async () => {
  runner = workerJobRunner(await builtJobWorker());
}, 60_000);

describe('the catch-up after an import in the job thread', () => {
  it('lets every save from the window through while it works', async () => {
    const db = freshDb();
    // The app waits 5 s for the lock. A shorter wait makes a save shut out by the catch-up fail
    // within this test's catch-up (seconds), not only on a loaded machine.
    db.pragma('busy_timeout = 1000');
    const { call, staged, caughtUp } = jobContext(db, runner);
    await call<ImportResult>(
      'import.run',
      await staged('项目台账.xlsx', await bigProjectLedger(ROWS), 'projects'),
    );

    const state = { done: false };
    const finished = caughtUp().then(() => (state.done = true));
    const refused: string[] = [];
    let saved = 0;
    // A save every few milliseconds, as fast as a person never types, until the catch-up is over;
    // the pause lets this thread hear from the job thread.
    for (let i = 0; !state.done; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      try {
        await call('companies.create', { name: `${NAME}${i}有限公司` });
        saved++;
      } catch (err) {
        refused.push(`${(err as { code?: string }).code}: ${(err as Error).message}`);
      }
    }
    await finished;

    expect(refused).toEqual([]);
    expect(saved).toBeGreaterThan(20);
    const kept = db.prepare(`SELECT count(*) FROM companies WHERE name LIKE '${NAME}%'`).pluck().get();
    expect(kept).toBe(saved);
  }, 180_000);
});
