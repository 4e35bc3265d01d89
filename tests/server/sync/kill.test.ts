import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../../main/domain/projects';
import { changesUnseenBy, seenVector } from '../../../main/sync/changeLog';
import { ledgerHashes } from '../../../main/sync/tableHash';
import { SCHEMA_VERSION } from '../../../server/sync/engine';
import { mirrorHashes } from '../../../server/sync/mirror';
import { buildChild, childOutDir, runAndKill } from '../../unit/killChildren';
import { closeAll, devices, type Device } from '../../unit/sync/devices';
import { callerFor, startOffice, type Office } from './office';

const OUT = childOutDir('server-sync-kill-child');
/** [lines of output before the kill, then milliseconds]: inside the cache's merge, between statements, to the end. */
const KILLS: [number, number][] = [
  [2, 0],
  [3, 300],
  [4, 0],
  [5, 0],
  [6, 0],
  [8, 0],
  // After PostgreSQL's commit, as the engine reads the vector for its answer.
  [9, 0],
  [Infinity, 0],
];

describe('the office server killed with kill -9 in the middle of a push', () => {
  let child = '';
  let office: Office;
  let all: Device[];
  let requestPath = '';
  beforeAll(async () => {
    child = await buildChild('tests/server/sync/killChild.ts', OUT);
    office = await startOffice();
    all = devices(1);
    const laptop = all[0]!.db;
    laptop.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1500)
      INSERT INTO companies (name, name_key, created_at, updated_at)
      SELECT '产业链企业' || i, 'chanyelianqiye' || i, '2026-11-01T08:00:00+08:00', '2026-11-01T08:00:00+08:00' FROM n`);
    for (let i = 1; i <= 20; i++)
      createProject(laptop, { name: '吴科长' }, { name: `链主项目${i}`, companyId: i });
    requestPath = join(office.dataDir, 'push.json');
    writeFileSync(
      requestPath,
      JSON.stringify({
        schemaVersion: SCHEMA_VERSION,
        seen: seenVector(laptop),
        changes: changesUnseenBy(laptop, {}),
      }),
    );
  }, 120_000);
  afterAll(async () => {
    closeAll(all);
    await office.close();
    rmSync(OUT, { recursive: true, force: true });
  });

  it(`leaves PostgreSQL and the merge cache agreeing, all of the push or none, ${KILLS.length} times; the retry completes`, async () => {
    const laptop = all[0]!;
    const full = ledgerHashes(laptop.db);
    const outcomes: string[] = [];
    for (const [afterLines, delay] of KILLS) {
      await office.reset();
      const empty = await mirrorHashes(office.db.sql);
      await office.engine.close();
      const { lines, killed } = await runAndKill(
        child,
        [office.db.url, office.dataDir, requestPath, laptop.id],
        afterLines,
        delay,
      );
      await office.restart();
      const mirror = await mirrorHashes(office.db.sql);
      expect([empty, full], `killed after ${lines.at(-1)}`).toContainEqual(mirror);
      expect(await office.cacheHashes(), `cache after a kill after ${lines.at(-1)}`).toEqual(mirror);
      outcomes.push(
        `${killed ? 'killed' : 'finished'}@${lines.length}:${JSON.stringify(mirror) === JSON.stringify(empty) ? 'none' : 'all'}`,
      );

      const retry = await office.engine.push(callerFor(laptop.id), {
        schemaVersion: SCHEMA_VERSION,
        seen: seenVector(laptop.db),
        changes: changesUnseenBy(laptop.db, {}),
      });
      expect(retry.refused).toEqual([]);
      expect(await mirrorHashes(office.db.sql)).toEqual(full);
      expect(await office.cacheHashes()).toEqual(full);
    }
    console.log(`server kill -9 outcomes (@ lines of output : push kept): ${outcomes.join(' ')}`);
    expect(outcomes.filter((o) => o.startsWith('killed')).length).toBeGreaterThanOrEqual(KILLS.length - 2);
    expect(outcomes.some((o) => o.startsWith('killed') && o.endsWith('none'))).toBe(true);
    expect(outcomes.some((o) => o.startsWith('killed') && o.endsWith('all'))).toBe(true);
    expect(outcomes.at(-1)).toMatch(/^finished@\d+:all$/);
  }, 300_000);
});
