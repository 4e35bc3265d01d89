import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup, listBackups, startAutomaticBackups } from '../../../main/db/backup';
import { openDatabase } from '../../../main/db/open';

// The automatic backup is handed to whoever takes it (the app: the job worker), so the window's
// thread never copies the file; the schedule only decides when one is due.
describe('automatic backups', () => {
  it('hands a due backup to the taker once, and none while a recent one exists', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'la-auto-'));
    const db = openDatabase(join(dir, 'leadatlas.sqlite'));
    const backups = join(dir, 'backups');
    let asked = 0;
    let finish!: () => void;
    const stop = startAutomaticBackups(backups, () => {
      asked++;
      return new Promise<void>((done) => {
        finish = () => {
          createBackup(db, backups, 'auto');
          done();
        };
      });
    });
    try {
      // Asked at start, without waiting for it: the caller goes on while the backup is taken.
      expect(asked).toBe(1);
      finish();
      await expect.poll(() => listBackups(backups).length).toBe(1);
      expect(listBackups(backups)[0]?.reason).toBe('auto');
    } finally {
      stop();
    }
    // A second start with a backup of a moment ago asks for none.
    let again = 0;
    const stopAgain = startAutomaticBackups(backups, async () => {
      again++;
    });
    stopAgain();
    expect(again).toBe(0);
    db.close();
  });

  it('a failed backup is reported and the schedule goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'la-auto-'));
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      const stop = startAutomaticBackups(join(dir, 'backups'), () => Promise.reject(new Error('磁盘已满')));
      await expect.poll(() => errors.length).toBe(1);
      stop();
    } finally {
      console.error = original;
    }
    expect(String(errors[0])).toContain('automatic backup failed');
  });
});
