import type { ImportJobInput, ImportPhase } from '../domain/importers/job';
import type { ImportResult } from '../domain/importers/schema';
import type { ApiError } from '../domain/shared/errors';

/** What the import worker is started with. */
export interface ImportWorkerData {
  input: ImportJobInput;
  /** The uploaded file itself: the worker parses it, so no grid of 100 000 rows is copied across. */
  bytes: Uint8Array;
  sheet: number;
  /** The starting process's clock (ISO), which tests may have moved. */
  now: string;
  /** The open database's key (hex) when it is encrypted. */
  key: string | null;
}

export type ImportWorkerMessage =
  | { type: 'phase'; phase: ImportPhase }
  | { type: 'done'; result: ImportResult }
  | { type: 'failed'; error: ApiError };
