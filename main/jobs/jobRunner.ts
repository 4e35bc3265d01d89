import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { databaseKey } from '../db/cipher';
import { windowFlagMemory } from '../db/windowFirst';
import { now } from '@contract/shared/clock';
import { DomainError } from '@contract/shared/errors';
import type { Job, JobKind, JobResults, JobWorkerData, JobWorkerMessage } from './jobMessages';
import { runJob, type JobHooks } from './runJob';

/** Runs a job somewhere: in a worker thread in the app, in this thread where none is built. */
export type JobRunner = <J extends Job>(job: J, hooks: JobHooks) => Promise<JobResults[J['kind']]>;

export const inProcessJobRunner: JobRunner = (job, hooks) => runJob(job, hooks);

const THREAD_NAMES: Record<JobKind, string> = {
  import: '导入',
  backup: '备份',
  restore: '恢复',
  undo: '撤销导入',
  catchUp: '整理索引',
  serverRound: '同步',
};

/** The job's data for the thread; an import's file bytes are copied once and moved, not cloned again. */
function handedOver(job: Job): { data: JobWorkerData; transfer: ArrayBuffer[] } {
  const bytes = job.kind === 'import' && 'bytes' in job.rows ? job.rows.bytes.slice() : null;
  const own: Job = job.kind === 'import' && bytes ? { ...job, rows: { bytes } } : job;
  return {
    data: {
      job: own,
      now: now().toISOString(),
      key: databaseKey()?.toString('hex') ?? null,
      windowFlag: windowFlagMemory(),
    },
    transfer: bytes ? [bytes.buffer as ArrayBuffer] : [],
  };
}

/**
 * Each job in a worker thread started from `workerFile` (the bundled main/jobs/jobWorker.ts),
 * which writes on its own connection; the main thread only relays progress and the cancel button.
 */
export function workerJobRunner(workerFile: string): JobRunner {
  return <J extends Job>(job: J, { onPhase, signal }: JobHooks) =>
    new Promise<JobResults[J['kind']]>((resolve, reject) => {
      const { data, transfer } = handedOver(job);
      const worker = new Worker(workerFile, { workerData: data, transferList: transfer });
      let settled = false;
      const settle = (fn: () => void): void => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', cancel);
        fn();
      };
      const cancel = (): void => worker.postMessage({ type: 'cancel' });
      signal?.addEventListener('abort', cancel);
      worker.on('message', (message: JobWorkerMessage) => {
        if (message.type === 'phase') onPhase(message.phase);
        else if (message.type === 'done') settle(() => resolve(message.result as JobResults[J['kind']]));
        else {
          const { code, message: text, fields } = message.error;
          settle(() => reject(new DomainError(code, text, fields)));
        }
      });
      worker.once('error', (err) => settle(() => reject(err)));
      worker.once('exit', (code) =>
        settle(() =>
          reject(
            new DomainError('INTERNAL', `${THREAD_NAMES[job.kind]}线程意外退出（${code}），数据库未作更改`),
          ),
        ),
      );
    });
}

/**
 * The worker built at `workerFile` when it is there (the app, the harness after a build); this
 * thread otherwise, said once, so a run from sources still works.
 */
export function jobRunnerAt(workerFile: string): JobRunner {
  if (existsSync(workerFile)) return workerJobRunner(workerFile);
  console.warn(`[leadatlas] ${workerFile} not built: long jobs run on this thread`);
  return inProcessJobRunner;
}
