import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backup } from '../../../server/backup';
import type { ServerConfig } from '../../../server/config';
import { pgliteDir } from '../../../server/dataFolder';
import { openPglite } from '../../../server/store/pgliteSql';
import type { Sql } from '../../../server/store/sql';
import { freshDatabase, type TestDatabase } from '../testDatabase';

const LEDGER = `CREATE TABLE pledges (id serial PRIMARY KEY, company text NOT NULL, amount_wan numeric NOT NULL);
INSERT INTO pledges (company, amount_wan) VALUES ('宁德新能源科技有限公司', 120000.5), ('合肥长鑫存储', 88000);`;
const rowsOf = (sql: Sql) => sql.query(`SELECT id, company, amount_wan FROM pledges ORDER BY id`);

describe('npm run server -- backup <file>', () => {
  let dir: string;
  const databases: TestDatabase[] = [];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'leadatlas-backup-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  afterAll(async () => {
    for (const db of databases) await db.drop();
  });
  const fresh = async () => {
    const db = await freshDatabase();
    databases.push(db);
    return db;
  };
  const pgConfig = (url: string): ServerConfig => ({
    database: { kind: 'postgres', url },
    dataDir: dir,
    port: 0,
    host: '127.0.0.1',
  });

  it('dumps PostgreSQL with pg_dump, and pg_restore of the file brings every row back', async () => {
    const source = await fresh();
    await source.sql.exec(LEDGER);
    const file = join(dir, 'office.dump');
    await backup(pgConfig(source.url), file);

    const restored = await fresh();
    execFileSync('pg_restore', ['--no-owner', `--dbname=${restored.url}`, file]);
    const rows = await rowsOf(restored.sql);
    expect(rows).toHaveLength(2);
    expect(rows).toEqual(await rowsOf(source.sql));
  });

  it('says what to install when pg_dump is missing, and leaves no file', async () => {
    const source = await fresh();
    const file = join(dir, 'office.dump');
    await expect(backup(pgConfig(source.url), file, 'pg_dump_not_installed')).rejects.toThrow(
      /找不到 pg_dump_not_installed.*postgresql-client/,
    );
    expect(existsSync(file)).toBe(false);
    expect(existsSync(`${file}.part`)).toBe(false);
  });

  it("archives the embedded PostgreSQL's data folder, and the archive unpacked into a new data folder opens with every row", async () => {
    const config: ServerConfig = { database: { kind: 'pglite' }, dataDir: dir, port: 0, host: '127.0.0.1' };
    const live = await openPglite(pgliteDir(dir));
    await live.exec(LEDGER);
    const before = await rowsOf(live);
    await live.close();
    const file = join(dir, 'office.tar.gz');
    await backup(config, file);

    // Restored as the office would: unpacked into the pglite folder of a new data folder.
    const restoredDir = pgliteDir(join(dir, 'restored'));
    mkdirSync(restoredDir, { recursive: true });
    execFileSync('tar', ['-xzf', file, '-C', restoredDir], { stdio: 'ignore' });
    const restored = await openPglite(restoredDir);
    const rows = await rowsOf(restored);
    await restored.close();
    expect(rows).toHaveLength(2);
    expect(rows).toEqual(before);
    // Creating an embedded database and loading one take a while on a busy machine.
  }, 120_000);

  it('refuses to open the embedded database while the server (another process) has it open', async () => {
    mkdirSync(pgliteDir(dir));
    // The parent of this test process is alive: it stands for a running server.
    writeFileSync(join(dir, 'pglite.lock'), String(process.ppid));
    const config: ServerConfig = { database: { kind: 'pglite' }, dataDir: dir, port: 0, host: '127.0.0.1' };
    await expect(backup(config, join(dir, 'office.tar.gz'))).rejects.toThrow(/备份时请先停止服务器/);
    expect(existsSync(join(dir, 'office.tar.gz'))).toBe(false);
  });
});
