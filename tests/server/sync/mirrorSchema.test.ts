import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase } from '../../../main/db/open';
import { parentOf, syncedSpec, syncedTableNames } from '../../../main/sync/syncedTables';
import { migrate } from '../../../server/store/migrate';
import { SERVER_MIGRATIONS } from '../../../server/store/migrations';
import { freshDb } from '../../unit/testDb';
import { freshDatabase, type TestDatabase } from '../testDatabase';

const PG_TYPE: Record<string, string> = { INTEGER: 'bigint', REAL: 'double precision', TEXT: 'text' };

describe('the PostgreSQL mirror of the desktop ledger (server migration 1)', () => {
  let pg: TestDatabase;
  beforeAll(async () => {
    pg = await freshDatabase();
    await migrate(pg.sql, SERVER_MIGRATIONS);
  });
  afterAll(() => pg.drop());

  it('has one table per synced table with every column the desktop carries, typed as the desktop types it', async () => {
    const ledger = freshDb();
    const mirror = await pg.sql.query<{ table_name: string; column_name: string; data_type: string }>(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
       WHERE table_schema = 'mirror' ORDER BY table_name, ordinal_position`,
    );
    const mirrorTables = [...new Set(mirror.map((c) => c.table_name))].sort();
    expect(mirrorTables).toEqual(syncedTableNames().sort());
    for (const table of syncedTableNames()) {
      const spec = syncedSpec(table)!;
      // What a fresh ledger holds, less its local id, its gid and what each device derives itself.
      const desktop = (
        ledger.prepare(`PRAGMA table_info(${table})`).all() as { name: string; type: string }[]
      ).filter((c) => !['id', 'gid', ...(spec.derived ?? [])].includes(c.name));
      const expected = desktop.map((c) => ({
        column: c.name,
        // A reference travels, and is mirrored, as the parent's gid.
        type: parentOf(table, c.name, { owner_kind: 'company' }) ? 'text' : PG_TYPE[c.type],
      }));
      const got = mirror
        .filter((c) => c.table_name === table && c.column_name !== 'gid')
        .map((c) => ({ column: c.column_name, type: c.data_type }));
      expect(got, table).toEqual(expected);
      const keyed = mirror.some((c) => c.table_name === table && c.column_name === 'gid');
      expect(keyed, `${table} keyed by gid`).toBe(!spec.join);
    }
    closeDatabase(ledger);
  });
});
