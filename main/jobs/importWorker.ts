import { parentPort, workerData } from 'node:worker_threads';
import { useDatabaseKey } from '../db/cipher';
import { openSpreadsheet } from '../domain/importers/files/open';
import { importJob } from '../domain/importers/job';
import { setClock } from '../domain/shared/clock';
import { DomainError } from '../domain/shared/errors';
import type { ImportWorkerData, ImportWorkerMessage } from './importMessages';

/**
 * The import's thread: parses the file and writes the rows on a connection of its own, so the
 * main process (the window's every call) keeps answering while thousands of rows go in.
 */
const data = workerData as ImportWorkerData;
const port = parentPort;
if (!port) throw new Error('importWorker runs only as a worker thread');
const post = (message: ImportWorkerMessage): void => port.postMessage(message);

// The same clock and key as the process that started it: dates of an import agree with the app's.
setClock(data.now);
useDatabaseKey(data.key ? Buffer.from(data.key, 'hex') : null);

const controller = new AbortController();
port.on('message', (message: { type: 'cancel' }) => {
  if (message.type === 'cancel') controller.abort();
});

importJob(data.input, {
  grid: async () => {
    const source = openSpreadsheet(data.input.fileName, data.bytes);
    await source.prepare(data.sheet);
    return source.sheet(data.sheet);
  },
  onPhase: (phase) => post({ type: 'phase', phase }),
  signal: controller.signal,
})
  .then((result) => post({ type: 'done', result }))
  .catch((err: unknown) =>
    post({
      type: 'failed',
      error:
        err instanceof DomainError
          ? err.toJSON()
          : { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) },
    }),
  )
  .finally(() => port.close());
