import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../main/db/open';
import { generateDemo } from '../../../main/domain/demo';
import { exportBundle } from '../../../main/sync/bundleExchange';
import { adoptDevice } from '../../../main/sync/changeLog';
import { loadOrCreateDeviceKeys } from '../../../main/sync/deviceKeys';
import { trustPeer } from '../../../main/sync/peers';
import { ledgerHashes } from '../../../main/sync/tableHash';

const ROOT = resolve(import.meta.dirname, '../../..');
const OUT = join(ROOT, '.tmp', `sync-kill-child-${process.pid}`);
const RUNS = 8;

let child = '';
let work = '';
let bundlePath = '';
let basePath = '';
let sourceHashes: ReturnType<typeof ledgerHashes>;

/** The child runs from a vite bundle of main/ (as the import kill test's does). */
beforeAll(async () => {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'error',
    publicDir: false,
    resolve: { alias: { '@contract': join(ROOT, 'contract') } },
    build: {
      ssr: join(ROOT, 'tests/unit/sync/killChild.ts'),
      outDir: OUT,
      emptyOutDir: true,
      target: 'node22',
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'child.mjs' } },
    },
    ssr: { target: 'node', external: ['better-sqlite3-multiple-ciphers', 'zod', 'fflate', 'iconv-lite'] },
  });
  child = join(OUT, 'child.mjs');
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

function runAndKill(
  dbPath: string,
  keyDir: string,
  afterLines: number,
): Promise<{ lines: string[]; killed: boolean }> {
  return new Promise((done, fail) => {
    const proc = spawn(process.execPath, [child, dbPath, bundlePath, keyDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let killed = false;
    let stderr = '';
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    proc.stdout.on('data', (d: Buffer) => {
      for (const line of d.toString().split('\n').filter(Boolean)) {
        lines.push(line);
        if (!killed && lines.length >= afterLines) {
          killed = true;
          proc.kill('SIGKILL');
        }
      }
    });
    proc.on('error', fail);
    proc.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL' && code !== 0) fail(new Error(`child failed (${code ?? signal}): ${stderr}`));
      else done({ lines, killed: signal === 'SIGKILL' });
    });
  });
}

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
