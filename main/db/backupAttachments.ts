import { join } from 'node:path';
import { heldHashes } from '../domain/attachments/cleanup';
import {
  copyStored,
  hasStored,
  removeStored,
  storedHashes,
  storeDirFor,
} from '../domain/attachments/fileStore';
import { connect } from './cipher';
import type { Db } from './open';

/**
 * Attachment files in backups. Backups share one content-addressed store, `backups/attachments/`,
 * beside the backup files: a file is immutable and named by its hash, so thirty backups of a
 * ledger with 2 GB of contracts hold those 2 GB once, not thirty times, and taking a backup copies
 * only the files added since the last one. Each backup database lists the hashes it needs; the
 * rotation removes a file once no kept backup needs it. The files are copied as stored (sealed
 * with the database key when the database is encrypted, like the backup itself).
 */
export const backupStoreDir = (backupsDir: string): string => join(backupsDir, 'attachments');

/** Copies the files the database needs into the backups' store; returns those it could not find. */
export function carryAttachments(db: Db, backupsDir: string): string[] {
  const live = storeDirFor(db.name);
  const missing: string[] = [];
  for (const hash of heldHashes(db)) {
    if (hasStored(live, hash)) copyStored(live, backupStoreDir(backupsDir), hash);
    else missing.push(hash);
  }
  return missing;
}

function hashesOfFile(path: string): Set<string> {
  const probe = connect(path, { readonly: true, fileMustExist: true });
  try {
    return heldHashes(probe);
  } finally {
    probe.close();
  }
}

/**
 * Before a restore replaces the rows: the files the backup needs are put back into the live
 * store (a file already there is the same file, by its name). Returns the hashes found nowhere.
 */
export function bringBackAttachments(backupCopy: string, databasePath: string, backupsDir: string): string[] {
  const live = storeDirFor(databasePath);
  const missing: string[] = [];
  for (const hash of hashesOfFile(backupCopy)) {
    if (hasStored(live, hash)) continue;
    if (hasStored(backupStoreDir(backupsDir), hash)) copyStored(backupStoreDir(backupsDir), live, hash);
    else missing.push(hash);
  }
  return missing;
}

/** After the rotation: files no remaining backup needs. Nothing is removed when a backup cannot be read. */
export function pruneBackupAttachments(backupsDir: string, backupPaths: string[]): number {
  const needed = new Set<string>();
  for (const path of backupPaths) {
    try {
      for (const hash of hashesOfFile(path)) needed.add(hash);
    } catch {
      return 0;
    }
  }
  const store = backupStoreDir(backupsDir);
  let removed = 0;
  for (const hash of storedHashes(store)) {
    if (needed.has(hash)) continue;
    removeStored(store, hash);
    removed++;
  }
  return removed;
}
