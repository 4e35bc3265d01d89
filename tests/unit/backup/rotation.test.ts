import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup, listBackups } from '../../../main/db/backup';
import { closeDatabase, openDatabase } from '../../../main/db/open';
import { planRotation, type RotationItem } from '../../../main/db/rotation';

const iso = (d: Date): string =>
  new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 23);

/** Six weeks of an office's backups: every two working hours, plus an import now and then. */
function simulate(days: number) {
  let kept: RotationItem[] = [];
  const start = new Date(2024, 0, 1, 8, 0);
  for (let day = 0; day < days; day++) {
    for (let hour = 0; hour < 10; hour += 2) {
      const now = new Date(start.getTime() + day * 86_400_000 + hour * 3_600_000);
      const reasons = hour === 4 && day % 3 === 0 ? ['import', 'auto'] : ['auto'];
      if (day % 10 === 5 && hour === 6) reasons.push('restore');
      reasons.forEach((reason, i) =>
        kept.push({ name: `b-${day}-${hour}-${i}-${reason}`, takenAt: iso(now), reason }),
      );
      const remove = new Set(planRotation(kept, now));
      kept = kept.filter((b) => !remove.has(b.name));
    }
  }
  return kept;
}

describe('backup rotation', () => {
  it('keeps today’s backups, one for each earlier day, a cap, and the last restore copies', () => {
    const kept = simulate(42);
    const last = '2024-02-11';
    const today = kept.filter((b) => b.takenAt.startsWith(last) && b.reason !== 'restore');
    expect(today.length).toBe(5);
    const earlier = kept.filter((b) => !b.takenAt.startsWith(last) && b.reason !== 'restore');
    const days = new Set(earlier.map((b) => b.takenAt.slice(0, 10)));
    expect(days.size).toBe(earlier.length);
    expect(days.size).toBe(14);
    // Each kept day keeps its newest backup.
    expect(earlier.every((b) => b.takenAt.endsWith('16:00:00.000'))).toBe(true);
    expect(kept.filter((b) => b.reason === 'restore').length).toBe(3);
    expect(kept.length).toBeLessThanOrEqual(30 + 3);
  });

  it('caps today’s backups too, newest first', () => {
    const now = new Date(2024, 4, 21, 18, 0);
    const items = Array.from({ length: 14 }, (_, i) => ({
      name: `n${i}`,
      takenAt: iso(new Date(2024, 4, 21, 8, i)),
      reason: 'import',
    }));
    expect(planRotation(items, now).sort()).toEqual(['n0', 'n1', 'n2', 'n3']);
  });

  it('deletes rotated files on disk with fake clocks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'la-rot-'));
    const db = openDatabase(join(dir, 'leadatlas.sqlite'));
    const backups = join(dir, 'backups');
    for (let day = 1; day <= 20; day++) createBackup(db, backups, 'auto', new Date(2024, 2, day, 12));
    closeDatabase(db);
    expect(readdirSync(backups).length).toBe(15);
    const newest = listBackups(backups)[0];
    expect(newest?.takenAt.startsWith('2024-03-20')).toBe(true);
    expect(listBackups(backups).at(-1)?.takenAt.startsWith('2024-03-06')).toBe(true);
  });
});
