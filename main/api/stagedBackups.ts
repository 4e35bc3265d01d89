import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StagedBackup } from '@contract/backups/schema';
import { DomainError } from '@contract/shared/errors';

/**
 * Backup files chosen for 从备份文件恢复, by a random id, like the import's staged spreadsheets:
 * the renderer never names a path. An uploaded file is written next to the backups (owner only,
 * a dot name the backup list skips) and removed when restored or replaced; a file the desktop
 * dialog picked is read where it is. Only the last one chosen is kept.
 */
interface Staged {
  name: string;
  path: string;
  /** Written by us (an upload): deleted once used. */
  owned: boolean;
}

const UPLOAD_PREFIX = '.upload-';
let current: { fileId: string; file: Staged } | null = null;

function replaceCurrent(file: Staged, bytes: number): StagedBackup {
  release();
  const fileId = randomUUID();
  current = { fileId, file };
  return { fileId, name: file.name, bytes };
}

/** Bytes sent by the browser preview (or dropped on the page). */
export function stageBackupUpload(dir: string, name: string, bytes: Uint8Array): StagedBackup {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  // Uploads left by an earlier run that ended mid-way are not anyone's backup.
  for (const old of readdirSync(dir))
    if (old.startsWith(UPLOAD_PREFIX)) rmSync(join(dir, old), { force: true });
  const path = join(dir, `${UPLOAD_PREFIX}${randomUUID()}.sqlite`);
  writeFileSync(path, bytes, { mode: 0o600 });
  return replaceCurrent({ name, path, owned: true }, bytes.length);
}

/** A file the desktop app's open dialog returned (the main process picked the path). */
export function stageBackupPath(name: string, path: string): StagedBackup {
  return replaceCurrent({ name, path, owned: false }, statSync(path).size);
}

export function stagedBackup(fileId: string): Staged {
  if (current?.fileId !== fileId) throw new DomainError('NOT_FOUND', '所选备份文件已失效，请重新选择');
  return current.file;
}

/** Forgets the chosen file, deleting it when it was an upload. */
export function release(): void {
  if (current?.file.owned) rmSync(current.file.path, { force: true });
  current = null;
}
