import { createServer, type AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main, type Wiring } from '../../../server/index';
import type { Sql } from '../../../server/store/sql';
import { fakeAuth, fakeEngine } from './doubles';
import { serverFixture } from './fixture';

describe('npm run server -- <command>', () => {
  const f = serverFixture();
  let env: NodeJS.ProcessEnv;
  const said: string[] = [];
  const parts = () => ({ auth: fakeAuth().auth, engine: fakeEngine().engine });
  const bare: Wiring = { makeParts: parts, runUserCommand: () => Promise.resolve(0) };
  beforeAll(() => {
    env = { DATABASE_URL: f.db.url, LEADATLAS_SERVER_DATA: f.dataDir };
    vi.spyOn(console, 'error').mockImplementation((line: string) => void said.push(line));
  });
  afterEach(() => void said.splice(0));
  afterAll(() => vi.restoreAllMocks());

  it('hands `user …`, `device …` and `setting …` to the accounts command on the migrated database, with its exit code', async () => {
    const seen: { args: string[]; tables: unknown[] }[] = [];
    const wiring: Wiring = {
      makeParts: parts,
      async runUserCommand(args: string[], sql: Sql) {
        seen.push({
          args,
          tables: await sql.query(`SELECT to_regclass('server_schema') IS NOT NULL AS migrated`),
        });
        return 3;
      },
    };
    expect(await main(['user', 'add', 'zhangwei', '--role', 'team'], wiring, env)).toBe(3);
    expect(await main(['device', 'list'], wiring, env)).toBe(3);
    expect(await main(['setting', 'team-reads-others', 'off'], wiring, env)).toBe(3);
    expect(seen).toEqual([
      { args: ['user', 'add', 'zhangwei', '--role', 'team'], tables: [{ migrated: true }] },
      { args: ['device', 'list'], tables: [{ migrated: true }] },
      { args: ['setting', 'team-reads-others', 'off'], tables: [{ migrated: true }] },
    ]);
  });

  it('shows how to call it when a command is unknown or backup has no file', async () => {
    expect(await main(['restore'], bare, env)).toBe(2);
    expect(said.join('\n')).toContain('npm run server -- backup <文件>');
    expect(await main(['backup'], bare, env)).toBe(2);
    expect(said.at(-1)).toBe('用法：npm run server -- backup <备份文件>');
  });

  it('stops on a wrong setting with its sentence and a non-zero code', async () => {
    expect(await main([], bare, { ...env, PORT: '70000' })).toBe(1);
    expect(said).toEqual(['配置有误：PORT 应为 0 到 65535 之间的整数']);
  });

  it('says the port is taken instead of crashing, and leaves the database free', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = String((taken.address() as AddressInfo).port);
    try {
      expect(await main([], bare, { ...env, HOST: '127.0.0.1', PORT: port })).toBe(1);
    } finally {
      taken.close();
    }
    expect(said).toEqual(['端口已被占用：请设置 PORT 换一个端口，或先停止占用它的程序。']);
    await expect
      .poll(() =>
        f.db.sql.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database()`),
      )
      .toEqual([{ n: 1 }]);
  });
});
