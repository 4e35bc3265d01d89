import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../main/db/open';
import { generateDemo } from '../../../main/domain/demo';
import { exportBundle } from '../../../main/sync/bundleExchange';
import { adoptDevice } from '../../../main/sync/changeLog';
import { loadOrCreateDeviceKeys } from '../../../main/sync/deviceKeys';
import { trustPeer } from '../../../main/sync/peers';
import { ledgerHashes } from '../../../main/sync/tableHash';
import { buildChild, childOutDir, runAndKill as runChild } from '../killChildren';

const OUT = childOutDir('sync-kill-child');
const RUNS = 8;

let child = '';
let work = '';
let bundlePath = '';
let basePath = '';
let sourceHashes: ReturnType<typeof ledgerHashes>;

beforeAll(async () => {
  child = await buildChild('tests/unit/sync/killChild.ts', OUT);
  work = mkdtempSync(join(tmpdir(), 'la-sync-kill-'));
  // The laptop that sends: demo data, a few thousand changes.
  const sourceDir = join(work, 'source');
  mkdirSync(sourceDir);
  const source = openDatabase(join(sourceDir, 'ledger.sqlite'));
  const sourceKeys = loadOrCreateDeviceKeys(sourceDir);
  adoptDevice(source, sourceKeys.device);
  generateDemo(source, 'S');
  bundlePath = join(work, 'bundle.lasync');
  writeFileSync(bundlePath, exportBundle(source, sourceKeys, join(sourceDir, 'attachments')).bytes);
  sourceHashes = ledgerHashes(source);
  closeDatabase(source);
  // The laptop that receives trusts the sender and has nothing yet.
  mkdirSync(join(work, 'runs'));
  basePath = join(work, 'base.sqlite');
  const base = openDatabase(basePath);
  trustPeer(base, { device: sourceKeys.device, name: '发送方', publicKey: sourceKeys.publicKey });
  closeDatabase(base);
}, 120_000);

afterAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  if (work) rmSync(work, { recursive: true, force: true });
});

const runAndKill = (dbPath: string, keyDir: string, afterLines: number) =>
  runChild(child, [dbPath, bundlePath, keyDir], afterLines);

describe('a 同步包 import killed with kill -9', () => {
  it(`leaves all or none of the bundle, ${RUNS} times, and importing it again completes`, async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < RUNS; i++) {
      const dir = join(work, 'runs', `run-${i}`);
      mkdirSync(dir);
      const dbPath = join(dir, 'ledger.sqlite');
      copyFileSync(basePath, dbPath);
      const afterLines = i === RUNS - 1 ? Infinity : 2 + i * 5;
      const { lines, killed } = await runAndKill(dbPath, dir, afterLines);
      const db = openDatabase(dbPath);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const companies = db.prepare('SELECT count(*) FROM companies').pluck().get() as number;
      const changes = db.prepare('SELECT count(*) FROM sync_changes').pluck().get() as number;
      closeDatabase(db);
      if (companies === 0) expect(changes).toBe(0);
      else expect(companies).toBe(sourceHashes.companies!.rows);
      outcomes.push(`${killed ? 'killed' : 'finished'}@${lines.length}:${companies}`);
      // Again, to the end: the ledger then holds exactly what the sender has.
      await runAndKill(dbPath, dir, Infinity);
      const after = openDatabase(dbPath);
      const got = ledgerHashes(after);
      for (const t of Object.keys(sourceHashes)) expect(got[t], t).toEqual(sourceHashes[t]);
      closeDatabase(after);
    }
    console.log(
      `sync kill -9 outcomes (what happened @ lines of output : companies after): ${outcomes.join(' ')}`,
    );
    expect(outcomes.filter((o) => o.startsWith('killed') && o.endsWith(':0')).length).toBeGreaterThanOrEqual(
      4,
    );
    expect(outcomes.at(-1)).toMatch(/^finished@\d+:[1-9]/);
  }, 300_000);
});
