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

/** A backup file chosen by the person (uploaded, or picked in the desktop app's dialog), by id. */
export interface StagedBackup {
  fileId: string;
  name: string;
  bytes: number;
}

/** Restoring from a file outside the backups folder: which file, and where the data before went. */
export interface FileRestoreResult extends Omit<RestoreResult, 'restored'> {
  restoredFrom: string;
}

/** 另存到…: a fresh backup, saved where the person chose (desktop) or handed over as a download. */
export interface SavedBackupCopy {
  backup: BackupInfo;
  /** Where the desktop app wrote it; null when the dialog was cancelled or in the browser preview. */
  savedTo: string | null;
  /** The browser preview's download (base64); null in the desktop app. */
  download: { fileName: string; base64: string } | null;
}

/** The steps of a restore, in order, with the share of the whole each one ends at. */
export const RESTORE_PHASES = {
  check: { label: '校验备份文件', upTo: 20 },
  copy: { label: '复制备份文件', upTo: 35 },
  verify: { label: '核对数据表', upTo: 45 },
  keep: { label: '另存恢复前的数据', upTo: 60 },
  replace: { label: '恢复数据', upTo: 90 },
  index: { label: '重建搜索索引', upTo: 99 },
  done: { label: '恢复完成', upTo: 100 },
} as const;
export type RestorePhase = keyof typeof RESTORE_PHASES;

/** Told as a restore goes: the step and how far the whole restore is, 0–100, never going back. */
export type RestoreProgress = (phase: RestorePhase, percent: number) => void;

/** What the background check has found so far; the renderer shows a notice for 'damaged'. */
export type IntegrityStatus =
  | { state: 'pending' | 'ok' }
  | {
      state: 'damaged';
      problem: string;
      /** The newest backup on disk (restoring checks it again before using it); null if none. */
      backup: BackupInfo | null;
    };
