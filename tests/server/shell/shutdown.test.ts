import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_API } from '@contract/sync/serverProtocol';
import pg from 'pg';
import { freshDatabase, TEST_PG_ADMIN_URL, type TestDatabase } from '../testDatabase';
import { call, json, signedIn, startWithDoubles } from './doubles';

describe('stopping the office server', () => {
  let db: TestDatabase;
  let dataDir: string;
  beforeAll(async () => {
    db = await freshDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'leadatlas-server-'));
  });
  afterAll(async () => {
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('finishes the pull in flight, then stops accepting and closes the engine and its database connections', async () => {
    const { server, engine } = await startWithDoubles({
      database: { kind: 'postgres', url: db.url },
      dataDir,
      port: 0,
      host: '127.0.0.1',
    });
    let release = () => undefined as void;
    engine.holdPulls(new Promise<void>((resolve) => (release = resolve)));
    const pulling = call(server.port, {
      ...json({ schemaVersion: 12, cursor: '41' }, signedIn),
      path: `${SERVER_API}/sync/pull`,
    });
    await expect.poll(() => engine.calls.length).toBe(1);

    let stopped = false;
    const stopping = server.close().then(() => (stopped = true));
    await expect(call(server.port, { path: `${SERVER_API}/health` })).rejects.toThrow(/ECONNREFUSED/);
    expect(stopped).toBe(false);
    release();
    expect(await pulling).toMatchObject({ status: 200, body: { next: '41', more: false } });
    await stopping;
    expect(engine.isClosed()).toBe(true);
    await expect.poll(() => connectionsTo(db)).toBe(0);
  });
});

/** How many connections are open to the test's database, counted from the admin database. */
async function connectionsTo(db: TestDatabase): Promise<number> {
  const name = new URL(db.url).pathname.slice(1);
  const client = new pg.Client({ connectionString: TEST_PG_ADMIN_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1`,
      [name],
    );
    return Number(rows[0]?.n);
  } finally {
    await client.end();
  }
}
