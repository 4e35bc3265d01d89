import { afterAll, describe, expect, it } from 'vitest';
import { closeAll, devices, hashes } from './devices';
import { runSchedule } from './schedule';

/** `npm run soak` runs 1,000; `npm test` 200. */
const SCHEDULES = Number(process.env.SYNC_SCHEDULES ?? 200);
/** Ten minutes for `npm test`'s 200; the soak's 1,000 get time in proportion (a busy machine runs one in about 2 s). */
const TIMEOUT_MS = Math.max(600_000, SCHEDULES * 3_000);

describe('every laptop converges on one ledger', () => {
  const totals = { schedules: 0, refusals: 0, lost: 0, duplicated: 0, rows: 0, imports: 0, undone: 0 };
  afterAll(() => {
    console.log(
      `sync convergence: ${totals.schedules} schedules, ${totals.rows} rows compared, ` +
        `${totals.imports} spreadsheet imports (${totals.undone} undone), ` +
        `${totals.lost} bundles lost, ${totals.duplicated} imported twice, ${totals.refusals} edits refused`,
    );
  });

  it(
    `${SCHEDULES} random schedules: edits, imports, merges, bulk edits and undo on 3–5 laptops, bundles lost, late and doubled`,
    async () => {
      for (let seed = 1; seed <= SCHEDULES; seed++) {
        const all = devices(3 + (seed % 3));
        try {
          const log = await runSchedule(seed, all);
          const first = hashes(all[0]!);
          for (const d of all.slice(1)) expect(hashes(d), `seed ${seed}, ${d.name}`).toEqual(first);
          totals.schedules++;
          totals.refusals += log.refusals;
          totals.lost += log.parcelsLost;
          totals.duplicated += log.parcelsDuplicated;
          totals.imports += log.imports;
          totals.undone += log.importsUndone;
          totals.rows += Object.values(first).reduce((n, t) => n + t.rows, 0);
        } finally {
          closeAll(all);
        }
      }
      expect(totals.schedules).toBe(SCHEDULES);
      expect(totals.rows).toBeGreaterThan(SCHEDULES * 5);
      // Imports ran, and some were taken back, on every kind of laptop.
      expect(totals.imports).toBeGreaterThan(SCHEDULES / 2);
      expect(totals.undone).toBeGreaterThan(0);
    },
    TIMEOUT_MS,
  );
});
