import { describe, expect, it } from 'vitest';
import { SERVER_API } from '@contract/sync/serverProtocol';
import pg from 'pg';
import { TEST_PG_ADMIN_URL, type TestDatabase } from '../testDatabase';
import { call, json, signedIn, startWithDoubles } from './doubles';
import { serverFixture } from './fixture';

describe('stopping the office server', () => {
  const f = serverFixture();

  it('finishes the pull in flight, then stops accepting and closes the engine and its database connections', async () => {
    const { server, engine } = await startWithDoubles(f.config);
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
    await expect.poll(() => connectionsTo(f.db)).toBe(0);
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
