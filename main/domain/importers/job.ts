import { createBackup } from '../../db/backup';
import { connect } from '../../db/cipher';
import { applyPragmas } from '../../db/open';
import type { Actor } from '../shared/actor';
import { TARGET_LABELS } from '@contract/importers/fields';
import type { Grid } from './files/grid';
import { runImport } from './run';
import type { ImportResult, ImportSpec } from '@contract/importers/schema';

/** Everything an import needs, as plain data: it crosses into a worker thread unchanged. */
export interface ImportJobInput {
  dbPath: string;
  backupsDir: string;
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
 * Restore point, then the rows: the backup is taken on a connection of its own (VACUUM INTO
 * reads a committed snapshot), then runImport writes everything in one transaction. Plain
 * function of paths and data, so the desktop app runs it in a worker thread and tests in process.
 */
export async function importJob(input: ImportJobInput, hooks: ImportJobHooks): Promise<ImportResult> {
  hooks.onPhase({ label: '正在备份数据库（导入前的还原点）', done: 0, total: 0 });
  const db = connect(input.dbPath, { fileMustExist: true });
  let backup: string;
  try {
    applyPragmas(db);
    // A backup first: even an import that is later undone leaves the file as it was before.
    backup = createBackup(db, input.backupsDir, 'import').name;
  } finally {
    db.close();
  }
  hooks.onPhase({ label: '正在读取文件', done: 0, total: 0 });
  const grid = await hooks.grid();
  const label = `正在导入${TARGET_LABELS[input.spec.target]}`;
  const result = await runImport({
    ...input,
    grid,
    signal: hooks.signal,
    onProgress: (done, total) => hooks.onPhase({ label, done, total }),
  });
  return { ...result, backup };
}
