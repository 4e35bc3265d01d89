/**
 * The sync endpoints under attack from a laptop with a valid signed session: hostile push and pull
 * bodies sent over HTTPS exactly as a client could send them. Each gets a refusal (4xx, a code and
 * a Chinese message) or a well-formed answer; a refused push writes nothing (log and mirror as
 * before); the server keeps answering (health ok), and the laptop's honest push afterwards works.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  healthResponseSchema,
  PAGE_CHANGES,
  pullRequestSchema,
  pullResponseSchema,
  pushRequestSchema,
  pushResponseSchema,
  serverErrorSchema,
} from '@contract/sync/serverProtocol';
import { closeDatabase } from '../../../main/db/open';
import type { SyncChange } from '../../../main/sync/change';
import { changesUnseenBy, seenVector } from '../../../main/sync/changeLog';
import { pinnedRequest } from '../../../main/sync/server/pinnedHttps';
import { OFFICE_WIRING, startServer, type RunningServer } from '../../../server/program';
import { createLog } from '../../../server/log';
import { SCHEMA_VERSION } from '../../../server/sync/engine';
import { mirrorHashes } from '../../../server/sync/mirror';
import { writeMonth } from '../../../bench/syncMonth';
import { hostile, KINDS, prng, type Rand } from '../../unit/fuzz/payloads';
import { serverFixture } from '../shell/fixture';
import { signedLaptop, type SignedLaptop } from './signedLaptop';

const PAYLOADS = Number(process.env.SYNC_FUZZ_PAYLOADS ?? 240);
const CHINESE = /[\u4e00-\u9fff]/;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;

const SQL = [
  "'; DROP TABLE changes;--",
  'companies; DELETE FROM mirror.companies',
  '1) OR (1=1',
  'sqlite_master',
];
const PROTO = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];
const LONG = 'x'.repeat(200_000);

/** One change of a valid push made hostile in one of its parts; the label says how. */
function hostileChange(rand: Rand, c: SyncChange, device: string): [string, unknown] {
  const fields = c.fields ?? {};
  const col = Object.keys(fields)[0] ?? 'name';
  const choices: [string, () => unknown][] = [
    [
      'tbl unknown',
      () => ({ ...c, tbl: pick(rand, ['users', 'tokens', 'sync_self', 'sqlite_master', 'changes', 'x']) }),
    ],
    ['tbl sql', () => ({ ...c, tbl: pick(rand, SQL) })],
    ['tbl prototype', () => ({ ...c, tbl: pick(rand, PROTO) })],
    [
      'col unknown',
      () => ({
        ...c,
        fields: { ...fields, [pick(rand, ['password_hash', 'id', 'gid', 'rowid', 'zzz'])]: 'x' },
      }),
    ],
    // From JSON text: an own "__proto__" key, as a client's JSON would carry it.
    ['col prototype', () => ({ ...c, fields: JSON.parse(`{"${pick(rand, PROTO)}":{"x":1}}`) as object })],
    ['col sql', () => ({ ...c, fields: { ...fields, [pick(rand, SQL)]: 1 } })],
    [
      'value wrong type',
      () => ({ ...c, fields: { ...fields, [col]: pick(rand, [{}, [], true, [1, 2], { a: { b: 1 } }]) } }),
    ],
    [
      'value of another column type',
      () => ({ ...c, fields: { ...fields, [col]: pick(rand, [1.5, -1, 2 ** 62, 'abc', '']) } }),
    ],
    ['value sql', () => ({ ...c, fields: { ...fields, [col]: pick(rand, SQL) } })],
    ['value huge', () => ({ ...c, fields: { ...fields, [col]: LONG } })],
    [
      'gid odd',
      () => ({ ...c, gid: pick(rand, ['', ' ', '../../etc', 'x'.repeat(101), ...SQL, ...PROTO, '😀']) }),
    ],
    [
      'hlc odd',
      () => ({
        ...c,
        hlc: pick(rand, ['', 'zzz', '0', '999999999999999-999999', '-1', ...SQL, 'x'.repeat(101)]),
      }),
    ],
    [
      'device odd',
      () => ({
        ...c,
        device: pick(rand, ['', 'ffffffffffffffff', device.toUpperCase(), 'x'.repeat(16), ...SQL]),
      }),
    ],
    ['op odd', () => ({ ...c, op: pick(rand, ['upsert', '', 'DEL', null, 1]) })],
    ['put without fields', () => ({ ...c, op: 'put', fields: null })],
    ['del with fields', () => ({ ...c, op: 'del' })],
    ['actor huge', () => ({ ...c, actor: LONG })],
    ['not an object', () => pick(rand, [null, 1, 'x', [], [c]])],
    ['extra key', () => ({ ...c, [pick(rand, ['id', 'seq', 'batch', ...PROTO])]: 1 })],
  ];
  const [label, make] = pick(rand, choices);
  return [label, make()];
}

/** A push body made hostile as a whole, in its changes, or one of the protocol's own edge cases. */
function hostilePush(
  rand: Rand,
  base: { schemaVersion: number; seen: Record<string, string>; changes: SyncChange[] },
  device: string,
): [string, unknown] {
  const r = rand();
  if (r < 0.3) {
    const kind = pick(rand, KINDS);
    return [`body ${kind}`, hostile(kind, pushRequestSchema, base, rand, 32 * 1024 * 1024).value];
  }
  if (r < 0.8) {
    const i = Math.floor(rand() * base.changes.length);
    const [label, change] = hostileChange(rand, base.changes[i]!, device);
    return [`change ${label}`, { ...base, changes: base.changes.map((c, j) => (j === i ? change : c)) }];
  }
  const edge: [string, () => unknown][] = [
    [
      'more changes than two pages',
      () => ({ ...base, changes: Array.from({ length: PAGE_CHANGES * 2 + 1 }, () => base.changes[0]) }),
    ],
    ['the same change twice', () => ({ ...base, changes: [...base.changes, ...base.changes] })],
    ['schemaVersion one below', () => ({ ...base, schemaVersion: SCHEMA_VERSION - 1 })],
    ['schemaVersion one above', () => ({ ...base, schemaVersion: SCHEMA_VERSION + 1 })],
    [
      'seen hostile',
      () => ({
        ...base,
        seen: pick(rand, [{ x: 'y' }, { [device]: LONG }, JSON.parse('{"__proto__":{"a":"b"}}'), []]),
      }),
    ],
    ['no changes', () => ({ ...base, changes: [] })],
  ];
  const [label, make] = pick(rand, edge);
  return [`push ${label}`, make()];
}

const CURSORS: unknown[] = [
  '-1',
  '',
  'abc',
  '1e5',
  ' 1',
  '0x10',
  '99999999999999999999',
  '9223372036854775807',
  '9223372036854775808',
  '18446744073709551616',
  -1,
  0,
  1.5,
  null,
  [],
  {},
  LONG,
];
const LIMITS: unknown[] = [0, -1, 1.5, PAGE_CHANGES + 1, 1e9, Number.MAX_SAFE_INTEGER, '10', null, [], {}];

function hostilePull(rand: Rand): [string, unknown] {
  const base = { schemaVersion: SCHEMA_VERSION, cursor: '0' };
  const r = rand();
  if (r < 0.4)
    return [
      `pull cursor ${JSON.stringify(pick(rand, CURSORS)).slice(0, 30)}`,
      { ...base, cursor: pick(rand, CURSORS) },
    ];
  if (r < 0.7) return ['pull limit', { ...base, limit: pick(rand, LIMITS) }];
  const kind = pick(rand, KINDS);
  return [`pull body ${kind}`, hostile(kind, pullRequestSchema, base, rand, 32 * 1024 * 1024).value];
}

/** 5,000 levels of nesting as a client's JSON text (JSON.stringify here would overflow the stack first). */
const DEEP_TEXT = `{"schemaVersion":${SCHEMA_VERSION},"seen":{},"changes":${'['.repeat(5000)}${']'.repeat(5000)}}`;
function jsonText(body: unknown): string {
  try {
    return JSON.stringify(body) ?? 'null';
  } catch (err) {
    if (err instanceof RangeError) return DEEP_TEXT;
    throw err;
  }
}

describe('the sync endpoints under attack from a signed-in laptop', () => {
  const fixture = serverFixture();
  let server: RunningServer;
  let laptop: SignedLaptop;
  const errors: string[] = [];
  beforeAll(async () => {
    server = await startServer({
      config: fixture.config,
      log: createLog((line) => {
        if (line.includes('"level":"error"')) errors.push(line.slice(0, 500));
      }),
      makeParts: OFFICE_WIRING.makeParts,
      say: () => undefined,
    });
    laptop = await signedLaptop(fixture.db.sql, server, 'wangke');
  }, 60_000);
  afterAll(async () => {
    closeDatabase(laptop.db);
    await server.close();
  });

  const snapshot = async () =>
    JSON.stringify([
      await fixture.db.sql.query(`SELECT count(*) AS n, max(seq) AS last FROM changes`),
      await mirrorHashes(fixture.db.sql),
    ]);
  const post = (endpoint: string, body: unknown) =>
    laptop.send('POST', endpoint, Buffer.from(jsonText(body), 'utf8'));

  it(`${PAYLOADS} hostile push and pull bodies (seed 1919): each refused with a Chinese 4xx or answered well-formed, a refused push writes nothing, the server stays up and an honest push works after`, async () => {
    // What the server already holds, and what the laptop has not pushed yet: the hostile bodies' base.
    writeMonth(laptop.db, { companies: 4, projects: 3, edits: 1, stageMoves: 1, deletes: 1 }, '甲');
    const first = await post('/sync/push', {
      schemaVersion: SCHEMA_VERSION,
      seen: {},
      changes: changesUnseenBy(laptop.db, {}),
    });
    expect(first.status).toBe(200);
    const held = seenVector(laptop.db);
    writeMonth(laptop.db, { companies: 2, projects: 2, edits: 2, stageMoves: 1, deletes: 0 }, '乙');
    const base = {
      schemaVersion: SCHEMA_VERSION,
      seen: held,
      changes: changesUnseenBy(laptop.db, held).slice(0, 4),
    };
    expect(base.changes).toHaveLength(4);

    const rand = prng(1919);
    // What the server took as well-formed (harmless values, duplicates), by kind: printed below.
    const answered = new Map<string, number>();
    let refused = 0;
    for (let i = 0; i < PAYLOADS; i++) {
      const pushing = rand() < 0.7;
      const [label, body] = pushing ? hostilePush(rand, base, laptop.keys.device) : hostilePull(rand);
      const before = pushing ? await snapshot() : '';
      const res = await post(pushing ? '/sync/push' : '/sync/pull', body);
      const what = `#${i} ${label}: ${res.status} ${res.body.toString('utf8').slice(0, 200)} ${errors.slice(-2).join(' ')}`;
      const json = JSON.parse(res.body.toString('utf8')) as unknown;
      if (res.status === 200) {
        expect((pushing ? pushResponseSchema : pullResponseSchema).safeParse(json).success, what).toBe(true);
      } else {
        expect(res.status, what).toBeGreaterThanOrEqual(400);
        expect(res.status, what).toBeLessThan(500);
        const refusal = serverErrorSchema.parse(json);
        expect(refusal.message, what).toMatch(CHINESE);
        if (pushing) expect(await snapshot(), `${what}: nothing written`).toBe(before);
      }
      if (res.status === 200) answered.set(label, (answered.get(label) ?? 0) + 1);
      else refused++;
    }
    expect(errors, 'no request ended in a server error').toEqual([]);
    const health = await pinnedRequest({
      origin: `https://127.0.0.1:${server.port}`,
      path: '/api/v1/health',
      method: 'GET',
      fingerprint: server.fingerprint256,
      timeoutMs: 10_000,
    });
    expect(healthResponseSchema.parse(JSON.parse(health.body.toString('utf8'))).ok).toBe(true);
    // Both kinds of outcome were reached: the fuzzer probed past the schema, not only at it.
    expect(refused).toBeGreaterThan(PAYLOADS / 2);
    expect(answered.size).toBeGreaterThan(0);

    const honest = await post('/sync/push', {
      schemaVersion: SCHEMA_VERSION,
      seen: seenVector(laptop.db),
      changes: changesUnseenBy(laptop.db, held),
    });
    expect(honest.status, honest.body.toString('utf8')).toBe(200);
    const answer = pushResponseSchema.parse(JSON.parse(honest.body.toString('utf8')));
    expect(answer.refused).toEqual([]);
    expect(answer.accepted + answer.alreadyHad).toBe(changesUnseenBy(laptop.db, held).length);
    console.log(
      `sync endpoint fuzz: ${refused} refused; answered: ${[...answered].map(([k, n]) => `${k} ×${n}`).join(', ')}`,
    );
  }, 300_000);
});
