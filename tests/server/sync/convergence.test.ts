import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '@contract/shared/errors';
import { Rng } from '../../../main/domain/demo/random';
import { runServerRound } from '../../../main/sync/serverRound';
import { ledgerHashes } from '../../../main/sync/tableHash';
import { mirrorHashes } from '../../../server/sync/mirror';
import { closeAll, devices, type Device } from '../../unit/sync/devices';
import { act, type ScheduleLog } from '../../unit/sync/schedule';
import {
  callerFor,
  dropping,
  inProcess,
  memoryCursor,
  settleWithServer,
  startOffice,
  type Laptop,
  type Office,
} from './office';

/** `SERVER_SYNC_SCHEDULES=200 npx vitest run tests/server/sync/convergence.test.ts` for a soak. */
const SCHEDULES = Number(process.env.SERVER_SYNC_SCHEDULES ?? 20);

describe('the office server as one more peer', () => {
  const totals = { schedules: 0, rounds: 0, dropped: 0, refusals: 0, rows: 0 };
  // The laptops' own actions, imports among them (counted by act).
  const actions: ScheduleLog = {
    steps: 0,
    parcelsLost: 0,
    parcelsDuplicated: 0,
    refusals: 0,
    imports: 0,
    importsUndone: 0,
  };
  afterAll(() => {
    console.log(
      `server sync convergence: ${totals.schedules} schedules, ${totals.rounds} rounds, ` +
        `${totals.dropped} dropped midway, ${totals.refusals} edits refused, ${actions.imports} imports (${actions.importsUndone} undone), ${totals.rows} rows compared`,
    );
  });

  let office: Office;
  beforeAll(async () => {
    office = await startOffice();
  });
  afterAll(() => office.close());

  it(`${SCHEDULES} random schedules: 3–4 laptops edit and sync through the server in random order, rounds dropped midway; every laptop and the PostgreSQL mirror end with identical table hashes`, async () => {
    for (let seed = 1; seed <= SCHEDULES; seed++) {
      const rng = new Rng(seed * 7919);
      const all: Device[] = devices(3 + (seed % 2));
      await office.reset();
      try {
        const laptops: (Laptop & { device: Device })[] = all.map((d) => ({
          device: d,
          db: d.db,
          id: d.id,
          cursor: memoryCursor(),
        }));
        for (let step = 0; step < 30; step++) {
          const laptop = laptops[rng.int(0, laptops.length - 1)]!;
          if (rng.next() < 0.65) {
            try {
              await act(rng, laptop.device, step, actions);
            } catch (e) {
              if (!(e instanceof DomainError)) throw e;
              totals.refusals++;
            }
            continue;
          }
          let transport = inProcess(() => office.engine, callerFor(laptop.id));
          const drop = rng.chance(0.3);
          if (drop) transport = dropping(transport, rng.int(0, 3), rng.chance(0.5));
          totals.rounds++;
          try {
            await runServerRound(laptop.db, transport, laptop.cursor);
          } catch (e) {
            if (!drop || (e as Error).message !== '连接中断') throw e;
            totals.dropped++;
          }
        }
        await settleWithServer(laptops, office);
        const first = ledgerHashes(all[0]!.db);
        for (const d of all.slice(1)) expect(ledgerHashes(d.db), `seed ${seed}, ${d.name}`).toEqual(first);
        expect(await mirrorHashes(office.db.sql), `seed ${seed}, mirror`).toEqual(first);
        totals.schedules++;
        totals.rows += Object.values(first).reduce((n, t) => n + t.rows, 0);
      } finally {
        closeAll(all);
      }
    }
    expect(totals.schedules).toBe(SCHEDULES);
    expect(totals.dropped).toBeGreaterThan(0);
    expect(totals.rows).toBeGreaterThan(SCHEDULES * 5);
  }, 600_000);
});
