import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SERVER_API } from '@contract/sync/serverProtocol';
import { NewerSchemaError } from '../../../server/store/migrate';
import { SERVER_MIGRATIONS } from '../../../server/store/migrations';
import { call } from './doubles';
import { serverFixture } from './fixture';

const ROOT = resolve(import.meta.dirname, '../../..');
const BUILT = join(ROOT, 'out', 'server', 'index.mjs');

/** The server's environment: only what the test sets, never a DATABASE_URL the machine happens to have. */
const serverEnv = (vars: Record<string, string>) => {
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', PORT: '0', ...vars };
  if (!vars.DATABASE_URL) delete env.DATABASE_URL;
  return env;
};

function output(child: ChildProcess) {
  const lines = { stdout: [] as string[], stderr: [] as string[] };
  for (const stream of ['stdout', 'stderr'] as const) {
    let rest = '';
    child[stream]?.on('data', (chunk: Buffer) => {
      const parts = (rest + chunk.toString('utf8')).split('\n');
      rest = parts.pop() ?? '';
      lines[stream].push(...parts);
    });
  }
  return lines;
}

/** The first value `find` gives, looked for until the timeout (starting PGlite takes a while on a busy machine). */
async function until<T>(find: () => T | undefined, timeoutMs = 150_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error('the server did not start in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

describe('the office server as a program', () => {
  const f = serverFixture();
  beforeAll(() => {
    const build = spawnSync(process.execPath, ['scripts/server.mjs', '--build-only'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(build.status, build.stderr).toBe(0);
  }, 120_000);

  it('npm run server: builds, starts on the embedded database in its data folder, answers health, stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, ['scripts/server.mjs'], {
      cwd: ROOT,
      env: serverEnv({ LEADATLAS_SERVER_DATA: f.dataDir }),
    });
    const lines = output(child);
    const exit = exited(child);
    try {
      const started = await until(() =>
        lines.stdout
          .map((l) => JSON.parse(l) as { msg: string; url: string })
          .find((l) => l.msg === 'server started'),
      );
      const port = Number(new URL(started.url).port);
      const health = await call(port, { path: `${SERVER_API}/health` });
      expect(health).toMatchObject({ status: 200, body: { ok: true, database: 'pglite' } });
      expect(lines.stderr).toContain(`证书指纹：${health.fingerprint256}`);
      expect(existsSync(join(f.dataDir, 'pglite', 'PG_VERSION'))).toBe(true);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exit).toBe(0);
    expect(lines.stdout.some((l) => l.includes('"msg":"server stopped"'))).toBe(true);
    // The embedded database is free again for a backup or the next start.
    expect(existsSync(join(f.dataDir, 'pglite.lock'))).toBe(false);
  }, 180_000);

  it('refuses to start against a database of a newer schema: says why, exits non-zero, changes nothing', async () => {
    await f.db.sql.exec(
      `CREATE TABLE server_schema (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());
       INSERT INTO server_schema (version, name) VALUES (${SERVER_MIGRATIONS.length + 5}, 'from_a_newer_server');`,
    );
    const child = spawn(process.execPath, [BUILT], {
      cwd: ROOT,
      env: serverEnv({ DATABASE_URL: f.db.url, LEADATLAS_SERVER_DATA: f.dataDir }),
    });
    const lines = output(child);
    expect(await exited(child)).not.toBe(0);
    expect(lines.stderr).toContain(
      new NewerSchemaError(SERVER_MIGRATIONS.length + 5, SERVER_MIGRATIONS.length).message,
    );
    expect(lines.stdout.some((l) => l.includes('server started'))).toBe(false);
    expect(await f.db.sql.query(`SELECT version FROM server_schema`)).toEqual([
      { version: SERVER_MIGRATIONS.length + 5 },
    ]);
  }, 60_000);
});
