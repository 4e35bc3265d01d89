import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { ServerConfig } from '../../../server/config';
import { freshDatabase, type TestDatabase } from '../testDatabase';

export interface ServerFixture {
  db: TestDatabase;
  dataDir: string;
  /** The server on `db`, keeping its files in `dataDir`, on a free port of 127.0.0.1. */
  config: ServerConfig;
}

/** A throwaway PostgreSQL database and data folder for the tests of one describe block. */
export function serverFixture(): ServerFixture {
  const fixture = {} as ServerFixture;
  beforeAll(async () => {
    fixture.db = await freshDatabase();
    fixture.dataDir = mkdtempSync(join(tmpdir(), 'leadatlas-server-'));
    fixture.config = {
      database: { kind: 'postgres', url: fixture.db.url },
      dataDir: fixture.dataDir,
      port: 0,
      host: '127.0.0.1',
    };
  });
  afterAll(async () => {
    await fixture.db.drop();
    rmSync(fixture.dataDir, { recursive: true, force: true });
  });
  return fixture;
}
