import { dirname } from 'node:path';
import { backupBeforeMigrate, backupsDirFor } from './backup';
import type { BackupInfo } from '@contract/backups/schema';
import { openDatabase, type Db } from './open';
import { clearDamageMark, needsCheckBeforeOpen } from './integrityWatch';
import { isDamaged, latestGoodBackup, recoverFromBackup, type Recovery } from './recover';
import { adoptDevice } from '../sync/changeLog';
import { loadOrCreateDeviceKeys } from '../sync/deviceKeys';
import { keepChangeLog } from '../sync/recoveredLog';

export interface StartupOptions {
  /** Asked once when the file is damaged and a good backup exists; true = restore it. */
  offerRecovery: (backup: BackupInfo, problem: string) => boolean;
  /** Told what happened after a recovery, to tell the person. */
  onRecovered?: (recovery: Recovery) => void;
}

/**
 * Opens the app's database the way the desktop app does: backed up before any migration, and
 * when the file is damaged, the newest good backup is offered; if accepted the damaged file is
 * set aside (never overwritten) and the backup opened, its change log taken on from the damaged
 * file as far as that can be read (keepChangeLog). Anything else is thrown unchanged.
 * Every page is read before opening only when damage is likely (an unclean shutdown, or the
 * background check of an earlier session found some); otherwise that check runs after start.
 *
 * The backup before a migration stays here, in front: it runs before the window exists (the
 * window's first page already reads the ledger, in its new schema), and a migration must not
 * start until its backup is safe. It is taken only when a migration is pending (migrate.ts
 * returns before the hook when the file is at the current version; a new file has nothing to
 * keep), so it costs one wait per upgrade of the app, never an ordinary start.
 */
export function openAppDatabase(databasePath: string, options: StartupOptions): Db {
  const dir = backupsDirFor(databasePath);
  const fullCheck = needsCheckBeforeOpen(databasePath);
  const open = (): Db => {
    const db = openDatabase(databasePath, { beforeMigrate: backupBeforeMigrate(dir), fullCheck });
    clearDamageMark(databasePath);
    // Changes are recorded under this laptop's key, never under the id of the laptop a copied
    // or restored file came from.
    adoptDevice(db, loadOrCreateDeviceKeys(dirname(databasePath)).device);
    return db;
  };
  try {
    return open();
  } catch (err) {
    if (!isDamaged(err)) throw err;
    const backup = latestGoodBackup(dir);
    if (!backup || !options.offerRecovery(backup, String((err as Error).message ?? err))) throw err;
    const recovery = recoverFromBackup(databasePath, backup);
    options.onRecovered?.(recovery);
    const db = open();
    // The backup's log ends where the backup was taken: the damaged file's goes on from there.
    keepChangeLog(db, recovery.damagedKeptAt);
    return db;
  }
}
