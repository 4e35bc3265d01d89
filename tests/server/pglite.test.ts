import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../../server/store/migrate';
import { openPglite } from '../../server/store/pgliteSql';

describe('the embedded PostgreSQL (PGlite) a trial server runs on', () => {
  const dir = mkdtempSync(join(tmpdir(), 'leadatlas-pglite-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // PGlite starts a WebAssembly PostgreSQL: slow on a loaded machine.
  it(
    'keeps its data in the folder across restarts, with 64-bit counts as numbers',
    { timeout: 90_000 },
    async () => {
      const first = await openPglite(dir);
      await migrate(first, [
        { version: 1, name: 'log', sql: `CREATE TABLE log (seq bigserial PRIMARY KEY, body text NOT NULL);` },
      ]);
      await first.transaction(async (tx) => {
        await tx.query(`INSERT INTO log (body) VALUES ($1)`, ['签约']);
        await tx.query(`INSERT INTO log (body) VALUES ($1)`, ['开工']);
      });
      await expect(
        first.transaction(async (tx) => {
          await tx.query(`INSERT INTO log (body) VALUES ($1)`, ['投产']);
          throw new Error('断电');
        }),
      ).rejects.toThrow('断电');
      await first.close();

      const again = await openPglite(dir);
      const rows = await again.query<{ seq: number; body: string }>(`SELECT seq, body FROM log ORDER BY seq`);
      expect(rows).toEqual([
        { seq: 1, body: '签约' },
        { seq: 2, body: '开工' },
      ]);
      await again.close();
    },
  );
});
