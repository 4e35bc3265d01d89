import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '@contract/importers/schema';
import { workerJobRunner, type JobRunner } from '../../../main/jobs/jobRunner';
import { bigProjectLedger } from '../../fixtures/ledgers';
import { freshDb, rowCount } from '../testDb';
import { builtJobWorker } from './builtWorker';
import { jobContext } from './jobContext';

// The job thread gets the sheet the wizard read when it is still in memory, and reads the
// uploaded file itself when another sheet has been read since: the same rows either way.

let runner: JobRunner;
beforeAll(async () => {
  runner = workerJobRunner(await builtJobWorker());
}, 60_000);

describe('an import in the job thread', () => {
  it.each([
    ['the sheet the wizard read', false],
    ['the file, read again, when another file was read since', true],
  ])(
    'imports every row from %s',
    async (_from, anotherSince) => {
      const db = freshDb();
      const { call, staged, caughtUp } = jobContext(db, runner);
      const spec = await staged('项目台账.xlsx', await bigProjectLedger(1_200), 'projects');
      if (anotherSince) await staged('另一份台账.xlsx', await bigProjectLedger(30), 'projects');
      const result = await call<ImportResult>('import.run', spec);
      await caughtUp();
      expect(result.counts.create).toBe(1_200);
      expect(rowCount(db, 'projects')).toBe(1_200);
    },
    60_000,
  );
});
