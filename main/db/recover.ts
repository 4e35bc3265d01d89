import { constants, copyFileSync, existsSync, renameSync } from 'node:fs';
import { inspectFile, listBackups } from './backup';
import type { BackupInfo } from '@contract/backups/schema';
import { migrations } from './migrations';

/**
 * Start-up with a damaged database file: find the newest backup that passes integrity_check and
 * this version can open, put the damaged file aside under a new name (with its -wal and -shm,
 * which belong to it), and copy the backup into place. The damaged file is never overwritten
 * or deleted: someone may still want to rescue rows from it.
 */
export function latestGoodBackup(dir: string): BackupInfo | undefined {
  for (const backup of listBackups(dir)) {
    const check = inspectFile(backup.path);
    if (check.ok && check.version !== null && check.version <= migrations.length) return backup;
  }
  return undefined;
}

const stamp = (d: Date): string => d.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

/** Renames the damaged file (and its companions) to <file>.damaged-<time>; returns the new path. */
export function setAside(databasePath: string, now: Date = new Date()): string {
  let aside = `${databasePath}.damaged-${stamp(now)}`;
  for (let n = 2; existsSync(aside); n++) aside = `${databasePath}.damaged-${stamp(now)}-${n}`;
  renameSync(databasePath, aside);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(databasePath + suffix)) renameSync(databasePath + suffix, aside + suffix);
  }
  return aside;
}

export interface Recovery {
  restored: BackupInfo;
  damagedKeptAt: string;
}

export function recoverFromBackup(
  databasePath: string,
  backup: BackupInfo,
  now: Date = new Date(),
): Recovery {
  const damagedKeptAt = setAside(databasePath, now);
  // The backup is a closed, checked file: a plain copy is safe. EXCL: never write over anything.
  copyFileSync(backup.path, databasePath, constants.COPYFILE_EXCL);
  return { restored: backup, damagedKeptAt };
}

/** Open errors that mean "this file is damaged" (as opposed to "from a newer version"). */
export function isDamaged(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code ?? '';
  return (
    ['DB_CORRUPT', 'DB_NOT_DATABASE', 'SQLITE_NOTADB'].includes(code) || code.startsWith('SQLITE_CORRUPT')
  );
}
