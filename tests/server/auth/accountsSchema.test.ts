import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { now } from '@contract/shared/clock';
import { createAuth } from '../../../server/auth';
import { addUser } from '../../../server/auth/users';
import { migrate } from '../../../server/store/migrate';
import { ACCOUNTS_MIGRATION } from '../../../server/store/migrations/002_accounts';
import { openPglite } from '../../../server/store/pgliteSql';
import type { TestDatabase } from '../testDatabase';
import { accountsDatabase, laptop, PASSWORD, signedRequest, signInOf, TEAM_A, TEST_COST } from './accountsDb';

describe('the accounts schema (server migration 2)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await accountsDatabase();
  });
  afterAll(() => db.drop());

  const insert = (login: string, role: string, team: string | null) =>
    db.sql.query(
      `INSERT INTO users (login, display_name, role, team_gid, password_hash, created_at) VALUES ($1, $1, $2, $3, 'x', now())`,
      [login, role, team],
    );

  it('holds a 小分队 member to a team and 局领导/办公室 to none, and knows only the three roles', async () => {
    await expect(insert('a', 'team', null)).rejects.toThrow(/check/);
    await expect(insert('b', 'leader', TEAM_A)).rejects.toThrow(/check/);
    await expect(insert('c', 'admin', null)).rejects.toThrow(/check/);
    await insert('d', 'office', null);
  });

  it('gives a login to one live account, whatever its case, and frees it when the account is removed', async () => {
    await insert('Wang', 'office', null);
    await expect(insert('wang', 'office', null)).rejects.toThrow(/users_login/);
    await db.sql.query(`UPDATE users SET removed_at = now() WHERE login = 'Wang'`);
    await insert('wang', 'office', null);
  });

  it('starts with 小分队 members reading the other teams (the office may turn it off)', async () => {
    expect(await db.sql.query(`SELECT team_reads_others FROM office_settings`)).toEqual([
      { team_reads_others: true },
    ]);
  });
});

describe('accounts on the embedded PostgreSQL (PGlite) of a trial server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'leadatlas-auth-pglite-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('migrates after step 1, signs a laptop in and checks its requests', { timeout: 90_000 }, async () => {
    const sql = await openPglite(dir);
    try {
      const stepOne = { version: 1, name: 'step one', sql: `CREATE TABLE step_one (x int);` };
      expect(await migrate(sql, [stepOne, ACCOUNTS_MIGRATION])).toBe(2);
      await addUser(
        sql,
        { login: 'zhangsan', displayName: '张三', role: 'team', teamGid: TEAM_A },
        PASSWORD,
        now(),
        TEST_COST,
      );
      const auth = createAuth({ sql, serverId: 'trial' });
      const device = laptop();
      const { token } = await auth.signIn(signInOf('zhangsan', device), '127.0.0.1');
      const request = signedRequest(device, token);
      expect((await auth.authenticate(request)).user.displayName).toBe('张三');
      await expect(auth.authenticate(request)).rejects.toMatchObject({ code: 'AUTH_REPLAY' });
    } finally {
      await sql.close();
    }
  });
});
