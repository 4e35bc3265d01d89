import type { BackupInfo } from '@contract/backups/schema';
import type { Grid } from '../domain/importers/files/grid';
import type { ImportJobInput } from '../domain/importers/job';
import type { ImportWritten } from '../domain/importers/run';
import type { ApiError } from '@contract/shared/errors';
import type { BackupJobInput, RestoreJobInput, RestoreJobResult } from './backupJobs';
import type { UndoResult } from '../domain/undo/undo';
import type { CatchUpJobInput, CatchUpResult } from './catchUpJob';
import type { JobPhase } from './jobPhase';
import type { UndoJobInput } from './undoJob';
import type { ServerRoundJobInput } from './serverRoundJob';
import type { RoundReport } from '../sync/serverTransport';

export type { JobPhase };

/**
 * Long database work the main process hands to a job thread, as plain data: it crosses into a
 * worker unchanged. Each kind opens a connection of its own on the file.
 */
export type Job =
  | {
      kind: 'import';
      input: ImportJobInput;
      sheet: number;
      /**
       * The sheet as the wizard read it, while it is still in memory: copying 100 000 rows across
       * takes about 0.2 s, reading the file again in a fresh thread 0.9 s. Otherwise the uploaded
       * file itself, which the job reads.
       */
      rows: { grid: Grid } | { bytes: Uint8Array };
    }
  | { kind: 'backup'; input: BackupJobInput }
  | { kind: 'restore'; input: RestoreJobInput }
  | { kind: 'undo'; input: UndoJobInput }
  | { kind: 'catchUp'; input: CatchUpJobInput }
  | { kind: 'serverRound'; input: ServerRoundJobInput };

export type JobKind = Job['kind'];

export interface JobResults {
  import: ImportWritten;
  backup: BackupInfo;
  restore: RestoreJobResult;
  undo: UndoResult;
  catchUp: CatchUpResult;
  serverRound: RoundReport;
}

/** What a job thread is started with. */
export interface JobWorkerData {
  job: Job;
  /** The starting process's clock (ISO), which tests may have moved. */
  now: string;
  /** The open database's key (hex) when it is encrypted. */
  key: string | null;
  /** Raised while the window's thread answers a call (main/db/windowFirst.ts). */
  windowFlag: SharedArrayBuffer;
}

export type JobWorkerMessage =
  | { type: 'phase'; phase: JobPhase }
  | { type: 'done'; result: unknown }
  | { type: 'failed'; error: ApiError };

/** Sent to a job thread: stop where the job can (an import's rows are rolled back). */
export interface JobCancel {
  type: 'cancel';
}
