import { connect } from './cipher';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  writeFileSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  lstatSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { BACKUP_REASONS, type BackupInfo, type BackupReason } from '@contract/backups/schema';
import type { Db } from './open';
import { carryAttachments, pruneBackupAttachments } from './backupAttachments';
import { planRotation, type RotationPolicy } from './rotation';

/**
 * Backups are made with VACUUM INTO from the open connection: a consistent snapshot even while
 * other connections write, never a byte copy of a live file. The snapshot goes to a temporary
 * name, must pass integrity_check, and only then gets its real name, so a crash or a full disk
 * never leaves a half-written file that looks like a backup.
 */
export { BACKUP_REASONS, type BackupInfo, type BackupReason };

const NAME = /^leadatlas-(\d{8})-(\d{6})-(\d{3})-([a-z]+)(?:-(\d+))?\.sqlite$/;

export const backupsDirFor = (databasePath: string): string => join(dirname(databasePath), 'backups');

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function stamp(d: Date): string {
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}-${pad(d.getMilliseconds(), 3)}`;
}

export function parseBackupName(name: string): { takenAt: string; reason: BackupReason } | null {
  const m = NAME.exec(name);
  if (!m || !(BACKUP_REASONS as readonly string[]).includes(m[4] ?? '')) return null;
  const [d, t, ms] = [m[1] ?? '', m[2] ?? '', m[3] ?? ''];
  const takenAt = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}.${ms}`;
  return { takenAt, reason: m[4] as BackupReason };
}

/** user_version and integrity of a closed file; never writes to it. */
export function inspectFile(
  path: string,
  full = true,
): { ok: boolean; version: number | null; problem?: string } {
  let probe: Db | undefined;
  try {
    probe = connect(path, { readonly: true, fileMustExist: true });
    const version = probe.pragma('user_version', { simple: true }) as number;
    const check = probe.pragma(full ? 'integrity_check' : 'quick_check', { simple: true }) as string;
    return check === 'ok' ? { ok: true, version } : { ok: false, version, problem: check };
  } catch (err) {
    return { ok: false, version: null, problem: String((err as Error).message ?? err) };
  } finally {
    probe?.close();
  }
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The two long steps of a backup, told as each starts: the copy, then the check of the copy. */
export type BackupStep = 'copy' | 'check';

/** Takes a checked backup now and applies the rotation. Cannot run inside a transaction. */
export function createBackup(
  db: Db,
  dir: string,
  reason: BackupReason,
  now: Date = new Date(),
  policy?: RotationPolicy,
  onStep?: (step: BackupStep) => void,
): BackupInfo {
  // Owner only: a backup holds the whole ledger (investors' names, phones, deal terms).
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  let name = `leadatlas-${stamp(now)}-${reason}.sqlite`;
  for (let n = 2; existsSync(join(dir, name)); n++) name = `leadatlas-${stamp(now)}-${reason}-${n}.sqlite`;
  const tmp = join(dir, `.${name}.tmp`);
  const final = join(dir, name);
  rmSync(tmp, { force: true });
  try {
    // VACUUM INTO writes into an existing empty file, so the copy is never readable by others.
    writeFileSync(tmp, '', { mode: 0o600 });
    onStep?.('copy');
    db.prepare('VACUUM INTO ?').run(tmp);
    onStep?.('check');
    const check = inspectFile(tmp);
    if (!check.ok) throw new Error(`备份文件校验未通过：${check.problem ?? ''}`);
    // The files first: a backup that is listed has its attachments beside it.
    const missing = carryAttachments(db, dir);
    if (missing.length) console.warn(`[leadatlas] backup: ${missing.length} attachment file(s) not found`);
    syncFile(tmp);
    renameSync(tmp, final);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  rotateBackups(dir, now, policy);
  return describe(dir, name) as BackupInfo;
}

function describe(dir: string, name: string): BackupInfo | null {
  const parsed = parseBackupName(name);
  if (!parsed) return null;
  const path = join(dir, name);
  let bytes: number;
  try {
    // lstat: a link named like a backup is not one (it could point at any file on the machine).
    const stat = lstatSync(path);
    if (!stat.isFile()) return null;
    bytes = stat.size;
  } catch {
    return null;
  }
  return { name, path, ...parsed, bytes, schemaVersion: inspectVersion(path) };
}

function inspectVersion(path: string): number | null {
  try {
    const probe = connect(path, { readonly: true, fileMustExist: true });
    try {
      return probe.pragma('user_version', { simple: true }) as number;
    } finally {
      probe.close();
    }
  } catch {
    return null;
  }
}

/** Backups in the folder, newest first. Files that are not ours are left alone and not listed. */
export function listBackups(dir: string): BackupInfo[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => describe(dir, name))
    .filter((b): b is BackupInfo => b !== null)
    .sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : b.name.localeCompare(a.name)));
}

export function rotateBackups(dir: string, now: Date = new Date(), policy?: RotationPolicy): string[] {
  const names = existsSync(dir) ? readdirSync(dir) : [];
  const backups = names.flatMap((name) => {
    const parsed = parseBackupName(name);
    return parsed ? [{ name, ...parsed }] : [];
  });
  const remove = planRotation(backups, now, policy);
  for (const name of remove) rmSync(join(dir, name), { force: true });
  if (remove.length) {
    const gone = new Set(remove);
    const kept = backups.filter((b) => !gone.has(b.name)).map((b) => join(dir, b.name));
    pruneBackupAttachments(dir, kept);
  }
  return remove;
}

/** How often the automatic backup is taken while the app runs. */
export const AUTO_BACKUP_HOURS = 4;

/** A backup is due when none was taken in the last `hours` hours (automatic backups while the app runs). */
export function backupDue(dir: string, now: Date = new Date(), hours = AUTO_BACKUP_HOURS): boolean {
  const latest = listBackups(dir).find((b) => b.reason !== 'restore');
  if (!latest) return true;
  return now.getTime() - new Date(latest.takenAt).getTime() >= hours * 3_600_000;
}

/** openDatabase's beforeMigrate hook: an existing database is backed up before its schema changes. */
export const backupBeforeMigrate =
  (dir: string) =>
  (db: Db, fromVersion: number): void => {
    if (fromVersion > 0) createBackup(db, dir, 'migration');
  };

/**
 * While the app runs: a backup at start when the last one is older than `hours`, then a check
 * every hour. `take` makes the backup away from the window's thread (the app hands it to the job
 * worker: on a large file a backup takes many seconds, and it only reads, so saves go on
 * meanwhile). One at a time; a failed backup is logged, never fatal: the ledger keeps working.
 */
export function startAutomaticBackups(
  dir: string,
  take: () => Promise<unknown>,
  hours = AUTO_BACKUP_HOURS,
): () => void {
  let running = false;
  const tick = async (): Promise<void> => {
    if (running || !backupDue(dir, new Date(), hours)) return;
    running = true;
    try {
      await take();
    } catch (err) {
      console.error('[leadatlas] automatic backup failed', err);
    } finally {
      running = false;
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), 3_600_000);
  timer.unref();
  return () => clearInterval(timer);
}
