import { afterEach, describe, expect, it } from 'vitest';
import { now, setClock } from '@contract/shared/clock';
import { REQUEST_HEADERS } from '@contract/sync/serverProtocol';
import { removeDevice, removeUser, setPassword } from '../../../server/auth/users';
import { ServerRefusal, type RequestToCheck } from '../../../server/seams';
import { account, laptop, signedRequest, signInOf, TEST_COST, withAccounts, type Laptop } from './accountsDb';

describe('every request after sign-in: token, device and signature', () => {
  const t = withAccounts({ tokenTtlMs: 2 * 3600_000 });
  let n = 0;
  afterEach(() => setClock(null));

  /** A fresh account signed in on a fresh laptop. */
  async function signedIn(): Promise<{ login: string; device: Laptop; token: string }> {
    const login = `user${++n}`;
    await account(t.db, login);
    const device = laptop();
    const { token } = await t.auth.signIn(signInOf(login, device), '127.0.0.1');
    return { login, device, token };
  }

  async function refusedWith(request: RequestToCheck): Promise<[number, string, string]> {
    const err = await t.auth.authenticate(request).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ServerRefusal);
    const r = err as ServerRefusal;
    expect(r.message).toMatch(/[\u4e00-\u9fff]/);
    return [r.status, r.code, r.message];
  }
  const codeOf = async (request: RequestToCheck) => (await refusedWith(request)).slice(0, 2);

  it('lets a signed request through as its account and laptop', async () => {
    const { login, device, token } = await signedIn();
    const caller = await t.auth.authenticate(signedRequest(device, token));
    expect(caller.user.user).toBe(login);
    expect(caller.device).toBe(device.id);
    expect(caller.user.role).toBe('team');
  });

  it('refuses a request without a token, or with a token the server never gave', async () => {
    const { device, token } = await signedIn();
    const request = signedRequest(device, token);
    const { authorization: _, ...headers } = request.headers;
    expect(await codeOf({ ...request, headers })).toEqual([401, 'AUTH_MISSING']);
    expect(await codeOf(signedRequest(device, 'A'.repeat(43)))).toEqual([401, 'AUTH_TOKEN_INVALID']);
    expect(await codeOf({ ...request, headers: { ...request.headers, authorization: token } })).toEqual([
      401,
      'AUTH_TOKEN_INVALID',
    ]);
  });

  it('refuses an expired token (fake clock moved past its 2 hours)', async () => {
    setClock('2026-06-30T10:00:00+08:00');
    const { device, token } = await signedIn();
    setClock('2026-06-30T11:59:00+08:00');
    await t.auth.authenticate(signedRequest(device, token));
    setClock('2026-06-30T12:00:01+08:00');
    expect(await codeOf(signedRequest(device, token))).toEqual([401, 'AUTH_TOKEN_EXPIRED']);
  });

  it('refuses a revoked token: a new password ends the earlier sign-ins, as does signing in again', async () => {
    const { login, device, token } = await signedIn();
    const again = await t.auth.signIn(signInOf(login, device), 'ip');
    expect(await codeOf(signedRequest(device, token))).toEqual([401, 'AUTH_TOKEN_REVOKED']);
    await t.auth.authenticate(signedRequest(device, again.token));
    await setPassword(t.db.sql, login, '另一个新的密码啊', now(), TEST_COST);
    expect(await codeOf(signedRequest(device, again.token))).toEqual([401, 'AUTH_TOKEN_REVOKED']);
  });

  it('refuses a removed laptop and a removed account at once, each with its own code', async () => {
    const one = await signedIn();
    await t.auth.authenticate(signedRequest(one.device, one.token));
    await removeDevice(t.db.sql, one.device.id, now());
    expect(await codeOf(signedRequest(one.device, one.token))).toEqual([403, 'AUTH_DEVICE_REMOVED']);

    const two = await signedIn();
    await removeUser(t.db.sql, two.login, now());
    expect(await codeOf(signedRequest(two.device, two.token))).toEqual([403, 'AUTH_USER_REMOVED']);
  });

  it('refuses a bad signature: another key, a changed body, path or method', async () => {
    const { device, token } = await signedIn();
    const thief = { ...laptop(), id: device.id };
    expect(await codeOf(signedRequest(thief, token))).toEqual([401, 'AUTH_BAD_SIGNATURE']);
    const good = signedRequest(device, token);
    const tampered: RequestToCheck[] = [
      { ...good, body: Buffer.from('{"schemaVersion":12,"seen":{},"changes":[{}]}') },
      { ...good, path: '/api/v1/sync/pull' },
      { ...good, method: 'GET' },
      { ...good, headers: { ...good.headers, [REQUEST_HEADERS.signature]: 'AAAA' } },
    ];
    for (const request of tampered) expect(await codeOf(request)).toEqual([401, 'AUTH_BAD_SIGNATURE']);
    // The untouched one still passes: the refusals above did not burn its nonce.
    await t.auth.authenticate(good);
  });

  it('refuses a timestamp more than 5 minutes from the server clock, either way', async () => {
    const { device, token } = await signedIn();
    const at = (offsetMs: number) => new Date(now().getTime() + offsetMs).toISOString();
    expect(await codeOf(signedRequest(device, token, { timestamp: at(-6 * 60_000) }))).toEqual([
      401,
      'AUTH_STALE_TIMESTAMP',
    ]);
    expect(await codeOf(signedRequest(device, token, { timestamp: at(6 * 60_000) }))).toEqual([
      401,
      'AUTH_STALE_TIMESTAMP',
    ]);
    expect(await codeOf(signedRequest(device, token, { timestamp: 'yesterday' }))).toEqual([
      401,
      'AUTH_STALE_TIMESTAMP',
    ]);
    await t.auth.authenticate(signedRequest(device, token, { timestamp: at(-4 * 60_000) }));
    await t.auth.authenticate(signedRequest(device, token, { timestamp: String(now().getTime()) }));
  });

  it('refuses a captured request sent again, and a request with another laptop’s device header', async () => {
    const { device, token } = await signedIn();
    const captured = signedRequest(device, token);
    await t.auth.authenticate(captured);
    expect(await codeOf(captured)).toEqual([401, 'AUTH_REPLAY']);
    // Still refused minutes later, while its timestamp would still pass.
    setClock(new Date(now().getTime() + 4 * 60_000).toISOString());
    expect(await codeOf(captured)).toEqual([401, 'AUTH_REPLAY']);
    setClock(null);

    const other = laptop();
    const borrowed = signedRequest(device, token);
    expect(
      await codeOf({ ...borrowed, headers: { ...borrowed.headers, [REQUEST_HEADERS.device]: other.id } }),
    ).toEqual([401, 'AUTH_DEVICE_MISMATCH']);
  });

  it('refuses a request missing any signing header, or sending one twice', async () => {
    const { device, token } = await signedIn();
    for (const name of [
      REQUEST_HEADERS.device,
      REQUEST_HEADERS.timestamp,
      REQUEST_HEADERS.nonce,
      REQUEST_HEADERS.signature,
    ]) {
      const request = signedRequest(device, token);
      const headers = { ...request.headers, [name]: undefined };
      expect(await codeOf({ ...request, headers })).toEqual([401, 'AUTH_SIGNATURE_MISSING']);
      const twice = { ...request.headers, [name]: [String(request.headers[name]), 'x'] };
      expect(await codeOf({ ...request, headers: twice })).toEqual([401, 'AUTH_SIGNATURE_MISSING']);
    }
  });

  it('keeps the nonces no longer than a request carrying them could pass', async () => {
    setClock('2026-06-30T10:00:00+08:00');
    const { device, token } = await signedIn();
    await t.auth.authenticate(signedRequest(device, token));
    setClock('2026-06-30T10:11:00+08:00');
    await t.auth.authenticate(signedRequest(device, token));
    const rows = await t.db.sql.query<{ n: number }>(
      `SELECT count(*) AS n FROM request_nonces WHERE device = $1`,
      [device.id],
    );
    expect(rows).toEqual([{ n: 1 }]);
  });
});
