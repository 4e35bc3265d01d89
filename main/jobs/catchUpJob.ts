import type { BackupInfo } from '@contract/backups/schema';
import { drainSearchQueue } from '../domain/search';
import { fillSortKeysInSlices } from '../domain/store/sortKeys';
import { checkedBackup } from './backupJobs';
import type { JobPhase } from './jobPhase';
import { onOwnConnection } from './ownConnection';

export interface CatchUpJobInput {
  dbPath: string;
  backupsDir: string;
  /** Take the periodic backup once the rest is done (none was taken within its interval). */
  backup: boolean;
}

export interface CatchUpResult {
  sortKeys: number;
  indexed: number;
  backup: BackupInfo | null;
}

export const CATCH_UP_PHASES = {
  checkpoint: '正在写入数据库文件',
  sortKeys: '正在整理排序',
  search: '正在建立搜索索引',
} as const;

/**
 * After a large import has committed, in the job thread and not in front of anyone: the WAL
 * copied into the file, the new records' sort keys, their search entries (pinyin for 100 000
 * names takes seconds), then the periodic backup when one is due, of the ledger as it now is. Short transactions, so a save
 * from the window meanwhile waits a moment at most; reads on the window's thread fill or index
 * only a few themselves and find what is still queued by its name (main/domain/search).
 */
export function catchUpJob(
  input: CatchUpJobInput,
  onPhase: (phase: JobPhase) => void,
): Promise<CatchUpResult> {
  return onOwnConnection(input.dbPath, async (db) => {
    // The import's pages are still only in the WAL (it does not checkpoint on its commit):
    // copied into the file here, so no save from the window pays for it.
    onPhase({ label: CATCH_UP_PHASES.checkpoint, done: 0, total: 0 });
    db.pragma('wal_checkpoint(PASSIVE)');
    onPhase({ label: CATCH_UP_PHASES.sortKeys, done: 0, total: 0 });
    const sortKeys = await fillSortKeysInSlices(db);
    onPhase({ label: CATCH_UP_PHASES.search, done: 0, total: 0 });
    const indexed = await drainSearchQueue(db);
    const backup = input.backup ? checkedBackup(db, input.backupsDir, 'auto', onPhase) : null;
    return { sortKeys, indexed, backup };
  });
}
