import { UNDO_PHASE } from '@contract/importers/phases';
import type { Actor } from '../domain/shared/actor';
import { undoBatch, type UndoResult } from '../domain/undo/undo';
import { checkedBackup } from './backupJobs';
import type { JobPhase } from './jobPhase';
import { onOwnConnection } from './ownConnection';

export interface UndoJobInput {
  dbPath: string;
  backupsDir: string;
  actor: Actor;
  batchId: number;
}

/**
 * 撤销导入 in the job thread: a checked backup first (the undo itself cannot be taken back),
 * then every row of the batch deleted or put back in one transaction, which on a large import
 * is 100 000 rows and their search entries: seconds the window keeps answering through.
 */
export function undoImportJob(input: UndoJobInput, onPhase: (phase: JobPhase) => void): Promise<UndoResult> {
  return onOwnConnection(input.dbPath, (db) => {
    checkedBackup(db, input.backupsDir, 'undo', onPhase);
    onPhase({ label: UNDO_PHASE, done: 0, total: 0 });
    return undoBatch(db, input.actor, input.batchId);
  });
}
