import { existsSync, rmSync, writeFileSync } from 'node:fs';
import type { IntegrityStatus } from '@contract/backups/schema';

export type { IntegrityStatus };
import { backupsDirFor, listBackups } from './backup';
import { quickCheckInWorker, type CheckResult } from './integrityCheck';

/**
 * A file the background check found damaged gets this mark beside it, so the next start checks
 * every page before opening and offers the newest good backup (startup.ts) while nothing has
 * been written to it yet.
 */
export const damageMarkFor = (databasePath: string): string => `${databasePath}.check-on-start`;

/** Damage is likely: the last session did not close the file (its WAL is left), or it was marked. */
export function needsCheckBeforeOpen(databasePath: string): boolean {
  return existsSync(`${databasePath}-wal`) || existsSync(damageMarkFor(databasePath));
}

export const clearDamageMark = (databasePath: string): void =>
  rmSync(damageMarkFor(databasePath), { force: true });

/** How long after the app shows its first page the background work (this check, the print window) starts. */
export const AFTER_FIRST_PAGE_MS = 1500;

export interface IntegrityWatch {
  status(): IntegrityStatus;
  /** Runs the check off the main thread (once at a time) and reports damage through `onDamaged`. */
  check(): Promise<IntegrityStatus>;
}

export function watchIntegrity(
  databasePath: string,
  onDamaged: (status: IntegrityStatus) => void,
  run: (path: string) => Promise<CheckResult> = quickCheckInWorker,
): IntegrityWatch {
  let status: IntegrityStatus = { state: 'pending' };
  let running: Promise<IntegrityStatus> | null = null;

  async function check(): Promise<IntegrityStatus> {
    const result = await run(databasePath);
    if (result.state === 'failed') {
      // Nothing found and nothing ruled out: no alarm, but leave a trace for support.
      console.error('[leadatlas] the background integrity check could not run:', result.problem);
      return status;
    }
    if (result.state === 'ok') {
      status = { state: 'ok' };
      return status;
    }
    writeFileSync(damageMarkFor(databasePath), `${new Date().toISOString()}\n${result.problem}\n`);
    status = {
      state: 'damaged',
      problem: result.problem,
      backup: listBackups(backupsDirFor(databasePath))[0] ?? null,
    };
    onDamaged(status);
    return status;
  }

  return {
    status: () => status,
    check() {
      running ??= check().finally(() => {
        running = null;
      });
      return running;
    },
  };
}
