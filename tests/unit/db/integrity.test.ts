import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createBackup } from '../../../main/db/backup';
import { quickCheckInWorker } from '../../../main/db/integrityCheck';
import {
  damageMarkFor,
  needsCheckBeforeOpen,
  watchIntegrity,
  type IntegrityStatus,
} from '../../../main/db/integrityWatch';
import { closeDatabase, openDatabase, type Db } from '../../../main/db/open';
import { openAppDatabase } from '../../../main/db/startup';
import { generateDemo } from '../../../main/domain/demo';

const folder = (): string => mkdtempSync(join(tmpdir(), 'la-integrity-'));

/** A demo file with one checked backup beside it, closed cleanly. */
function ledgerWithBackup(): { path: string; backupsDir: string } {
  const dir = folder();
  const path = join(dir, 'leadatlas.sqlite');
  const backupsDir = join(dir, 'backups');
  const db = openDatabase(path);
  generateDemo(db, 'S');
  createBackup(db, backupsDir, 'auto', new Date(2026, 0, 2, 9, 30));
  closeDatabase(db);
  return { path, backupsDir };
}

/**
 * Garbage over the top page of a large index, as a failing disk would leave it: the schema and
 * user_version still read, so the file opens; only reading every page finds it.
 */
function damageAnIndex(path: string): void {
  const probe = openDatabase(path);
  const root = probe
    .prepare(`SELECT rootpage FROM sqlite_schema WHERE name = 'interactions_date'`)
    .pluck()
    .get() as number;
  const pageSize = probe.pragma('page_size', { simple: true }) as number;
  closeDatabase(probe);
  const fd = openSync(path, 'r+');
  try {
    const garbage = Buffer.alloc(pageSize, 0).map((_, i) => (i * 7919) % 251);
    writeSync(fd, garbage, 0, pageSize, (root - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}

const counts = (db: Db): number => db.prepare('SELECT count(*) FROM companies').pluck().get() as number;

describe('checking the database file in the background', () => {
  it('opens a damaged file without reading every page first; the full check finds the damage', async () => {
    const { path } = ledgerWithBackup();
    damageAnIndex(path);
    const db = openDatabase(path);
    expect(counts(db)).toBeGreaterThan(0);
    db.close();
    expect(() => openDatabase(path, { fullCheck: true })).toThrow(/完整性检查未通过/);
    const result = await quickCheckInWorker(path);
    expect(result.state).toBe('damaged');
  });

  it('passes a sound file, without blocking the main thread while it reads', async () => {
    const { path } = ledgerWithBackup();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const checked = quickCheckInWorker(path);
    expect(ticks).toBe(0);
    expect(await checked).toEqual({ state: 'ok' });
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  });

  it('reports damage with the newest backup, and the next start checks first and offers it', async () => {
    const { path } = ledgerWithBackup();
    const db = openDatabase(path);
    const before = counts(db);
    db.close();
    damageAnIndex(path);
    const damaged = readFileSync(path);
    const reports: IntegrityStatus[] = [];
    const watch = watchIntegrity(path, (s) => reports.push(s));
    expect(watch.status()).toEqual({ state: 'pending' });
    const found = await watch.check();
    expect(found).toEqual(reports[0]);
    expect(found).toMatchObject({ state: 'damaged', backup: { reason: 'auto' } });
    expect(existsSync(damageMarkFor(path))).toBe(true);
    expect(needsCheckBeforeOpen(path)).toBe(true);

    const offerRecovery = vi.fn(() => true);
    const reopened = openAppDatabase(path, { offerRecovery });
    expect(offerRecovery).toHaveBeenCalledOnce();
    expect(counts(reopened)).toBe(before);
    closeDatabase(reopened);
    expect(existsSync(damageMarkFor(path))).toBe(false);
    // The damaged file is kept, byte for byte, beside the restored one.
    const aside = readdirSync(dirname(path)).find((n) => n.includes('.damaged-')) ?? '';
    expect(readFileSync(join(dirname(path), aside)).equals(damaged)).toBe(true);
  });

  it('a sound file is opened at start without the full check unless the last session did not close it', () => {
    const { path } = ledgerWithBackup();
    expect(needsCheckBeforeOpen(path)).toBe(false);
    const copy = `${path}.copy`;
    copyFileSync(path, copy);
    // A session that ends without closing leaves its write-ahead log behind.
    const crashed = openDatabase(copy);
    crashed.prepare(`UPDATE settings SET value = value`).run();
    expect(needsCheckBeforeOpen(copy)).toBe(true);
    crashed.close();
  });
});
