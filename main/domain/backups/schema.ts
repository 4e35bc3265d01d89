// Pure: a backup as the settings page lists it (the renderer imports this type).
export const BACKUP_REASONS = [
  'auto',
  'manual',
  'migration',
  'import',
  'restore',
  'undo',
  'encryption',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  auto: '自动备份',
  manual: '手动备份',
  migration: '升级前备份',
  import: '导入前备份',
  restore: '恢复前保存的数据',
  undo: '撤销前备份',
  encryption: '加密设置更改前备份',
};

export interface BackupInfo {
  name: string;
  path: string;
  /** Local time the backup was taken, ISO without zone (as in the name). */
  takenAt: string;
  reason: BackupReason;
  bytes: number;
  /** user_version of the file; null when it cannot be read. */
  schemaVersion: number | null;
}

export interface BackupList {
  folder: string;
  backups: BackupInfo[];
  /** The desktop app can show the folder; the browser preview only names it. */
  canOpenFolder: boolean;
  schemaVersion: number;
}

export interface RestoreResult {
  restored: BackupInfo;
  /** The database as it was just before the restore: restoring this file takes the restore back. */
  keptAs: BackupInfo;
  /** Attachment files the backup needs that were found neither in it nor in the ledger's folder. */
  missingAttachments?: number;
}

/** What the background check has found so far; the renderer shows a notice for 'damaged'. */
export type IntegrityStatus =
  | { state: 'pending' | 'ok' }
  | {
      state: 'damaged';
      problem: string;
      /** The newest backup on disk (restoring checks it again before using it); null if none. */
      backup: BackupInfo | null;
    };
