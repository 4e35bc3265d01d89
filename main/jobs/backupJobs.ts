import { createBackup, type BackupStep } from '../db/backup';
import type { Db } from '../db/open';
import { now } from '@contract/shared/clock';
import { restoreBackup, restoreSource, type RestoreSource } from '../db/restore';
import {
  RESTORE_PHASES,
  type BackupInfo,
  type BackupReason,
  type RestoreProgress,
  type RestoreResult,
} from '@contract/backups/schema';
import { rebuildSearchIndex } from '../domain/search/indexer';
import type { Actor } from '../domain/shared/actor';
import { openBatch } from '../domain/store/audit';
import type { JobPhase } from './jobPhase';
import { onOwnConnection } from './ownConnection';
import { setSyncActor } from '../sync/syncFunctions';

/** What 立即备份 and the refusal of a save meanwhile say while a backup is taken. */
export const BACKUP_STEPS: Record<BackupStep, string> = {
  copy: '正在备份数据库',
  check: '正在检查备份文件',
};

export interface BackupJobInput {
  dbPath: string;
  backupsDir: string;
  reason: BackupReason;
}

export interface RestoreJobInput {
  dbPath: string;
  backupsDir: string;
  actor: Actor;
  /** A backup of the list, by name; or a file the person chose (staged by the main process). */
  from: { backup: string } | { file: RestoreSource };
}

/** `restored` is the listed backup restored; null for a chosen file. */
export type RestoreJobResult = Omit<RestoreResult, 'restored'> & { restored: BackupInfo | null };

/** A checked backup (VACUUM INTO reads a committed snapshot), its two steps told as they start. */
export const checkedBackup = (
  db: Db,
  backupsDir: string,
  reason: BackupReason,
  onPhase: (phase: JobPhase) => void,
): BackupInfo =>
  createBackup(db, backupsDir, reason, now(), undefined, (step) =>
    onPhase({ label: BACKUP_STEPS[step], done: 0, total: 0 }),
  );

export function backupJob(input: BackupJobInput, onPhase: (phase: JobPhase) => void): Promise<BackupInfo> {
  return onOwnConnection(input.dbPath, (db) => checkedBackup(db, input.backupsDir, input.reason, onPhase));
}

/**
 * The whole restore: checks, the data before kept as a backup, every row replaced in one
 * transaction, then the search index built again and the restore written into the history.
 * Each step is told with how far the whole restore is (0–100), so the overlay's bar moves.
 */
export function restoreJob(
  input: RestoreJobInput,
  onPhase: (phase: JobPhase) => void,
): Promise<RestoreJobResult> {
  const progress: RestoreProgress = (phase, percent) =>
    onPhase({ label: RESTORE_PHASES[phase].label, done: percent, total: 100 });
  const { from, backupsDir } = input;
  return onOwnConnection(input.dbPath, (db) => {
    // The restore travels to the other laptops as this person's changes.
    setSyncActor(db, input.actor.name);
    const result: RestoreJobResult =
      'backup' in from
        ? restoreBackup(db, backupsDir, from.backup, progress)
        : { restored: null, ...restoreSource(db, backupsDir, from.file, progress) };
    progress('index', RESTORE_PHASES.replace.upTo);
    // Virtual tables (the search index) are not copied row by row: they are built again.
    rebuildSearchIndex(db);
    // Written into the restored data, so its own history shows where it came from.
    const what = 'backup' in from ? `从备份恢复：${from.backup}` : `从备份文件恢复：${from.file.name}`;
    openBatch(db, input.actor, 'restore', `${what}（恢复前的数据另存为 ${result.keptAs.name}）`);
    progress('done', RESTORE_PHASES.done.upTo);
    return result;
  });
}
