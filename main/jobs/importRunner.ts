import { Worker } from 'node:worker_threads';
import { databaseKey } from '../db/cipher';
import { importJob, type ImportJobInput, type ImportPhase } from '../domain/importers/job';
import type { Grid } from '../domain/importers/files/grid';
import type { ImportResult } from '../domain/importers/schema';
import { now } from '../domain/shared/clock';
import { DomainError } from '../domain/shared/errors';
import type { ImportWorkerData, ImportWorkerMessage } from './importMessages';

/** The staged file an import reads: its bytes for a worker, its parsed grid for the same thread. */
export interface ImportSource {
  bytes: Uint8Array;
  sheet: number;
  grid(): Promise<Grid>;
}

export interface ImportRun {
  input: ImportJobInput;
  source: ImportSource;
  onPhase(phase: ImportPhase): void;
  signal: AbortSignal;
}

/** Runs an import job somewhere: in a worker thread in the app, in this thread where none is built. */
export type ImportRunner = (run: ImportRun) => Promise<ImportResult>;

export const inProcessImportRunner: ImportRunner = ({ input, source, onPhase, signal }) =>
  importJob(input, { grid: () => source.grid(), onPhase, signal });

/**
 * The import in a worker thread started from `workerFile` (the bundled main/jobs/importWorker.ts).
 * The file's bytes are copied once into the worker, which parses and writes on its own; the main
 * thread only relays progress and the cancel button.
 */
export function workerImportRunner(workerFile: string): ImportRunner {
  return ({ input, source, onPhase, signal }) =>
    new Promise<ImportResult>((resolve, reject) => {
      const bytes = source.bytes.slice();
      const data: ImportWorkerData = {
        input,
        bytes,
        sheet: source.sheet,
        now: now().toISOString(),
        key: databaseKey()?.toString('hex') ?? null,
      };
      const worker = new Worker(workerFile, { workerData: data, transferList: [bytes.buffer] });
      let settled = false;
      const settle = (fn: () => void): void => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', cancel);
        fn();
      };
      const cancel = (): void => worker.postMessage({ type: 'cancel' });
      signal.addEventListener('abort', cancel);
      worker.on('message', (message: ImportWorkerMessage) => {
        if (message.type === 'phase') onPhase(message.phase);
        else if (message.type === 'done') settle(() => resolve(message.result));
        else {
          const { code, message: text, fields } = message.error;
          settle(() => reject(new DomainError(code, text, fields)));
        }
      });
      worker.once('error', (err) => settle(() => reject(err)));
      worker.once('exit', (code) =>
        settle(() => reject(new DomainError('INTERNAL', `导入线程意外退出（${code}），数据库未作更改`))),
      );
    });
}
