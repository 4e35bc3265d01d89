import type { Actor } from '../shared/actor';
import { TARGET_LABELS } from '@contract/importers/fields';
import { INDEX_PHASE } from '@contract/importers/phases';
import type { Grid } from './files/grid';
import { runImport, type ImportWritten } from './run';
import type { ImportSpec } from '@contract/importers/schema';

/** Everything an import needs, as plain data: it crosses into a worker thread unchanged. */
export interface ImportJobInput {
  dbPath: string;
  spec: ImportSpec;
  actor: Actor;
  fileName: string;
  sheetName: string;
  settingYear: number;
}

/** A phase of the import as people read it, with rows done where rows are counted. */
export interface ImportPhase {
  label: string;
  done: number;
  total: number;
}

export interface ImportJobHooks {
  /** The sheet's rows: parsed in the worker from the file's bytes, or the staged grid in process. */
  grid(): Promise<Grid>;
  onPhase(phase: ImportPhase): void;
  signal?: AbortSignal;
}

/**
 * The file's rows, then everything in one transaction (runImport). No whole-file copy is taken
 * in front of it: the import's audit batch is its exact restore point (撤销本次导入 deletes what
 * it created and puts back what it changed), and the periodic backup follows it in the background
 * when one is due. Plain function of paths and data: the app runs it in a worker thread, tests
 * in process.
 */
export async function importJob(input: ImportJobInput, hooks: ImportJobHooks): Promise<ImportWritten> {
  hooks.onPhase({ label: '正在读取文件', done: 0, total: 0 });
  const grid = await hooks.grid();
  const label = `正在导入${TARGET_LABELS[input.spec.target]}`;
  return runImport({
    ...input,
    grid,
    signal: hooks.signal,
    onProgress: (done, total) => hooks.onPhase({ label, done, total }),
    onIndexes: (done, total) => hooks.onPhase({ label: INDEX_PHASE, done, total }),
  });
}
