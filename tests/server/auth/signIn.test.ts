import { afterEach, describe, expect, it } from 'vitest';
import { now, setClock } from '@contract/shared/clock';
import { signInResponseSchema } from '@contract/sync/serverProtocol';
import { ServerRefusal } from '../../../server/seams';
import { removeDevice, removeUser } from '../../../server/auth/users';
import { account, laptop, signInOf, TEAM_A, withAccounts } from './accountsDb';

const refusal = async (p: Promise<unknown>): Promise<ServerRefusal> => {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ServerRefusal);
  return err as ServerRefusal;
};

describe('signing in to the office server', () => {
  const t = withAccounts();
  afterEach(() => setClock(null));

  it('answers with the contract, registers the laptop and stores the token only as its hash', async () => {
    setClock('2026-06-30T10:00:00+08:00');
    await account(t.db, 'zhangsan');
    const device = laptop();
    const before = now().getTime();
    const answer = signInResponseSchema.parse(await t.auth.signIn(signInOf('zhangsan', device), '10.0.0.8'));
    expect(answer.user).toEqual({
      user: 'zhangsan',
      displayName: 'zhangsan',
      role: 'team',
      teamGid: TEAM_A,
      readsOtherTeams: true,
    });
    expect(answer.serverId).toBe('office-server-test');
    const lasts = Date.parse(answer.expiresAt) - before;
    expect(lasts).toBeGreaterThanOrEqual(12 * 3600_000);
    expect(lasts).toBeLessThanOrEqual(now().getTime() - before + 12 * 3600_000);
    const [registered] = await t.db.sql.query<{ id: string; name: string; public_key: string }>(
      `SELECT d.id, d.name, d.public_key FROM devices d JOIN users u ON u.id = d.user_id WHERE u.login = 'zhangsan'`,
    );
    expect(registered).toEqual({ id: device.id, name: device.name, public_key: device.publicKey });
    const stored = JSON.stringify(await t.db.sql.query(`SELECT * FROM tokens`));
    expect(stored).not.toContain(answer.token);
  });

  it('answers an unknown account exactly as a wrong password', async () => {
    await account(t.db, 'lisi');
    const wrong = await refusal(t.auth.signIn(signInOf('lisi', laptop(), '不是这个密码'), 'ip'));
    const unknown = await refusal(t.auth.signIn(signInOf('nobody', laptop()), 'ip'));
    expect([wrong.status, wrong.code, wrong.message]).toEqual([401, 'SIGNIN_FAILED', '账号或密码不正确。']);
    expect([unknown.status, unknown.code, unknown.message]).toEqual([
      wrong.status,
      wrong.code,
      wrong.message,
    ]);
  });

  it('locks an account for 15 minutes after 5 wrong passwords, saying until when, even to the right password', async () => {
    setClock('2026-06-30T10:00:00+08:00');
    await account(t.db, 'wangwu');
    const device = laptop();
    for (let i = 0; i < 4; i++)
      expect((await refusal(t.auth.signIn(signInOf('wangwu', device, `错${i}错错错错`), 'ip'))).code).toBe(
        'SIGNIN_FAILED',
      );
    const fifth = await refusal(t.auth.signIn(signInOf('wangwu', device, '还是错的错的'), 'ip'));
    expect([fifth.code, fifth.status]).toEqual(['SIGNIN_LOCKED', 403]);
    expect(fifth.message).toContain('锁定至 6月30日 10:15');
    setClock('2026-06-30T10:14:00+08:00');
    const stillLocked = await refusal(t.auth.signIn(signInOf('wangwu', device), 'ip'));
    expect(stillLocked.message).toContain('锁定至 6月30日 10:15');
    setClock('2026-06-30T10:15:01+08:00');
    expect((await t.auth.signIn(signInOf('wangwu', device), 'ip')).user.user).toBe('wangwu');
  });

  it('counts a success as a fresh start: four wrong, one right, four wrong does not lock', async () => {
    await account(t.db, 'zhaoliu');
    const device = laptop();
    const wrongFour = async () => {
      for (let i = 0; i < 4; i++)
        await refusal(t.auth.signIn(signInOf('zhaoliu', device, '错误的密码啊'), 'ip'));
    };
    await wrongFour();
    await t.auth.signIn(signInOf('zhaoliu', device), 'ip');
    await wrongFour();
    expect((await t.auth.signIn(signInOf('zhaoliu', device), 'ip')).user.user).toBe('zhaoliu');
  });

  it('"locks" a login that names no account alike, so six tries tell nothing', async () => {
    setClock('2026-06-30T10:00:00+08:00');
    const codes: string[] = [];
    for (let i = 0; i < 6; i++)
      codes.push((await refusal(t.auth.signIn(signInOf('ghost', laptop()), 'ip'))).code);
    expect(codes).toEqual([...Array(4).fill('SIGNIN_FAILED'), 'SIGNIN_LOCKED', 'SIGNIN_LOCKED']);
  });

  it('refuses a laptop whose public key does not hash to its id', async () => {
    await account(t.db, 'qianqi');
    const [a, b] = [laptop(), laptop()];
    const forged = { ...signInOf('qianqi', a), device: { id: a.id, name: a.name, publicKey: b.publicKey } };
    expect((await refusal(t.auth.signIn(forged, 'ip'))).code).toBe('DEVICE_KEY_MISMATCH');
    const garbage = {
      ...signInOf('qianqi', a),
      device: { id: a.id, name: a.name, publicKey: 'bm90IGEga2V5' },
    };
    expect((await refusal(t.auth.signIn(garbage, 'ip'))).code).toBe('DEVICE_KEY_MISMATCH');
  });

  it("refuses another account on a laptop registered to someone, and a removed laptop, but frees a removed account's laptop", async () => {
    await account(t.db, 'sunba');
    await account(t.db, 'zhoujiu');
    const device = laptop();
    await t.auth.signIn(signInOf('sunba', device), 'ip');
    const other = await refusal(t.auth.signIn(signInOf('zhoujiu', device), 'ip'));
    expect([other.status, other.code]).toEqual([403, 'DEVICE_OTHER_USER']);

    await removeUser(t.db.sql, 'sunba', now());
    expect((await t.auth.signIn(signInOf('zhoujiu', device), 'ip')).user.user).toBe('zhoujiu');

    await removeDevice(t.db.sql, device.id, now());
    expect((await refusal(t.auth.signIn(signInOf('zhoujiu', device), 'ip'))).code).toBe('DEVICE_REMOVED');
  });

  it('refuses a removed account like an unknown one', async () => {
    await account(t.db, 'wushi');
    await removeUser(t.db.sql, 'wushi', now());
    expect((await refusal(t.auth.signIn(signInOf('wushi', laptop()), 'ip'))).code).toBe('SIGNIN_FAILED');
  });

  it('refuses a malformed sign-in with the schema’s Chinese message', async () => {
    const r = await refusal(t.auth.signIn({ user: '', password: 'x', device: laptop() } as never, 'ip'));
    expect([r.status, r.code]).toEqual([400, 'SIGNIN_INVALID']);
    expect(r.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
