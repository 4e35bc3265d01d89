import { parentPort, workerData } from 'node:worker_threads';
import { toApiError } from '../api/failures';
import { useDatabaseKey } from '../db/cipher';
import { useWindowFlag } from '../db/windowFirst';
import { setClock } from '@contract/shared/clock';
import type { JobCancel, JobWorkerData, JobWorkerMessage } from './jobMessages';
import { runJob } from './runJob';

/**
 * The job thread (an import, a backup, a restore): does the long database work on a connection
 * of its own, so the main process (the window's every call) keeps answering meanwhile.
 */
const data = workerData as JobWorkerData;
const port = parentPort;
if (!port) throw new Error('jobWorker runs only as a worker thread');
const post = (message: JobWorkerMessage): void => port.postMessage(message);

// The same clock and key as the process that started it: dates of the job agree with the app's.
setClock(data.now);
useDatabaseKey(data.key ? Buffer.from(data.key, 'hex') : null);
useWindowFlag(data.windowFlag);

const controller = new AbortController();
port.on('message', (message: JobCancel) => {
  if (message.type === 'cancel') controller.abort();
});

// Each phase is posted as it starts: the window's progress bar follows the work itself.
runJob(data.job, { onPhase: (phase) => post({ type: 'phase', phase }), signal: controller.signal })
  .then((result) => post({ type: 'done', result }))
  .catch((err: unknown) => post({ type: 'failed', error: toApiError(err) }))
  .finally(() => port.close());
