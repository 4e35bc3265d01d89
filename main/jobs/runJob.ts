import { openSpreadsheet } from '../domain/importers/files/open';
import { importJob } from '../domain/importers/job';
import { backupJob, restoreJob } from './backupJobs';
import { catchUpJob } from './catchUpJob';
import type { Job, JobPhase, JobResults } from './jobMessages';
import { undoImportJob } from './undoJob';
import { serverRoundJob } from './serverRoundJob';

export interface JobHooks {
  onPhase(phase: JobPhase): void;
  /** Cancels the job where it can stop without leaving anything half done (an import). */
  signal?: AbortSignal;
}

/**
 * Runs one job on this thread: a worker thread's whole work in the app, the work itself where no
 * worker is built (tests, the browser preview from sources). Same code, same own connection.
 */
export function runJob<J extends Job>(job: J, hooks: JobHooks): Promise<JobResults[J['kind']]> {
  return run(job, hooks) as Promise<JobResults[J['kind']]>;
}

async function run(job: Job, { onPhase, signal }: JobHooks): Promise<JobResults[Job['kind']]> {
  switch (job.kind) {
    case 'import':
      return importJob(job.input, {
        grid: async () => {
          if ('grid' in job.rows) return job.rows.grid;
          const source = openSpreadsheet(job.input.fileName, job.rows.bytes);
          await source.prepare(job.sheet);
          return source.sheet(job.sheet);
        },
        onPhase,
        signal,
      });
    case 'backup':
      return backupJob(job.input, onPhase);
    case 'restore':
      return restoreJob(job.input, onPhase);
    case 'undo':
      return undoImportJob(job.input, onPhase);
    case 'catchUp':
      return catchUpJob(job.input, onPhase);
    case 'serverRound':
      return serverRoundJob(job.input, onPhase);
  }
}
