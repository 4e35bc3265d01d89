/**
 * Accounts under attack: random and hostile sign-ins and request headers. Every one must be
 * refused with a ServerRefusal (a status and a Chinese message the shell can send), never let
 * through, never a crash, and none may leave a sign-in or a registered laptop behind.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_HEADERS, signInRequestSchema } from '@contract/sync/serverProtocol';
import { ServerRefusal, type RequestToCheck } from '../../../server/seams';
import { hostile, KINDS, prng, type Rand } from '../../unit/fuzz/payloads';
import { account, laptop, signedRequest, signInOf, TEST_COST, withAccounts, type Laptop } from './accountsDb';

const PAYLOADS = Number(process.env.AUTH_FUZZ_PAYLOADS ?? 400);
const CHINESE = /[\u4e00-\u9fff]/;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;

const HUGE = 'x'.repeat(300_000);
/** Header values a client could send: empty, huge, control characters, SQL, wrong shapes. */
const GARBAGE: unknown[] = [
  '',
  ' ',
  'x',
  '\u0000',
  'a\r\nx-injected: 1',
  HUGE,
  '长'.repeat(5_000),
  "'; DROP TABLE tokens;--",
  'null',
  'NaN',
  '-1',
  '9'.repeat(40),
  '0',
  '1970-01-01T00:00:00Z',
  '2026-13-45T99:99:99Z',
  '+275760-09-13T00:00:00.000Z',
  'Bearer',
  'Bearer ',
  `Bearer ${'A'.repeat(43)}`,
  `Bearer ${'-'.repeat(600)}`,
  'Basic YWRtaW46YWRtaW4=',
  '='.repeat(88),
  `${'A'.repeat(86)}==`,
  '0123456789abcdef',
  'ffffffffffffffff',
  ['a', 'b'],
  [],
  undefined,
];

const HEADER_NAMES = ['authorization', ...Object.values(REQUEST_HEADERS)];

/** A signed request with one or more of its parts made hostile; it never stays a valid request. */
function hostileRequest(rand: Rand, device: Laptop, token: string, stranger: Laptop): RequestToCheck {
  const good = signedRequest(device, token);
  const headers: Record<string, unknown> = { ...good.headers };
  const request = { ...good };
  const spoil = Math.floor(rand() * 6);
  if (spoil === 0)
    request.body = Buffer.concat([good.body, Buffer.from(pick(rand, [' ', '\u0000', '{}', HUGE]))]);
  else if (spoil === 1) request.path = `${good.path}${pick(rand, ['/', '?a=1', '/../session', '%00', ' '])}`;
  else if (spoil === 2) request.method = pick(rand, ['GET', 'PUT', 'DELETE', '', '\n', 'POST ']);
  else if (spoil === 3) return signedRequest(stranger, token); // signed by a key that is not the device's
  const names = HEADER_NAMES.filter(() => rand() < 0.4);
  if (spoil >= 4 || names.length === 0) names.push(pick(rand, HEADER_NAMES));
  for (const name of names) {
    let value = pick(rand, GARBAGE);
    if (value === good.headers[name]) value = undefined;
    headers[name] = value;
  }
  if (rand() < 0.1) Object.assign(headers, JSON.parse('{"__proto__":{"authorization":"x"}}'));
  return { ...request, headers: headers as RequestToCheck['headers'] };
}

describe('accounts under attack', () => {
  const t = withAccounts({ passwordCost: TEST_COST });
  let device: Laptop;
  let token: string;
  beforeAll(async () => {
    await account(t.db, 'zhangsan');
    device = laptop();
    token = (await t.auth.signIn(signInOf('zhangsan', device), '127.0.0.1')).token;
  });

  async function expectRefused(attempt: () => Promise<unknown>, label: string): Promise<ServerRefusal> {
    let outcome: unknown;
    try {
      outcome = await attempt();
    } catch (err) {
      outcome = err;
    }
    expect(outcome, label).toBeInstanceOf(ServerRefusal);
    const refusal = outcome as ServerRefusal;
    expect([400, 401, 403], label).toContain(refusal.status);
    expect(refusal.message, label).toMatch(CHINESE);
    return refusal;
  }

  const counts = async () =>
    t.db.sql.query<{ tokens: number; devices: number; nonces: number }>(
      `SELECT (SELECT count(*) FROM tokens) AS tokens, (SELECT count(*) FROM devices) AS devices,
              (SELECT count(*) FROM request_nonces) AS nonces`,
    );

  it(`refuses ${PAYLOADS} hostile sign-ins, each with a ServerRefusal, signing no one in`, async () => {
    const before = await counts();
    // The real sign-in with a wrong password: every field shaped right, so the mutations probe deep.
    const base = signInOf('zhangsan', laptop(), '不是这个密码的密码') as unknown as Record<string, unknown>;
    const rand = prng(19);
    for (let i = 0; i < PAYLOADS; i++) {
      const kind = pick(rand, KINDS);
      const { value } = hostile(kind, signInRequestSchema, base, rand, 64 * 1024);
      await expectRefused(() => t.auth.signIn(value as never, '203.0.113.9'), `sign-in #${i} (${kind})`);
    }
    expect(await counts()).toEqual(before);
  });

  it(`refuses ${PAYLOADS} hostile requests (headers, body, path, method, key), storing no nonce`, async () => {
    const before = await counts();
    const stranger = { ...laptop(), id: device.id };
    const rand = prng(1919);
    const codes = new Set<string>();
    for (let i = 0; i < PAYLOADS; i++) {
      const request = hostileRequest(rand, device, token, stranger);
      codes.add((await expectRefused(() => t.auth.authenticate(request), `request #${i}`)).code);
    }
    expect(await counts()).toEqual(before);
    // The fuzzer reached every check, not only the first.
    expect([...codes].sort()).toEqual(
      [
        'AUTH_BAD_SIGNATURE',
        'AUTH_DEVICE_MISMATCH',
        'AUTH_MISSING',
        'AUTH_SIGNATURE_MISSING',
        'AUTH_STALE_TIMESTAMP',
        'AUTH_TOKEN_INVALID',
      ].sort(),
    );
    // And the laptop's own requests still pass afterwards.
    await t.auth.authenticate(signedRequest(device, token));
  });
});
