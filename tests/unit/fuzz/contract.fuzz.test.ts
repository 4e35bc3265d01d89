/**
 * The contract under attack: for every channel, 1,000 invalid payloads (wrong types, extra keys,
 * huge strings, prototype-pollution keys, SQL in identifiers, deep nesting, NaN/Infinity, arrays
 * for objects). None may reach a handler; each gets a clean Chinese error; dispatch never throws;
 * the database is byte-for-byte the same afterwards.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { channels, type ChannelName } from '@contract/channels';
import type { ApiContext } from '../../../main/api/context';
import { dispatch } from '../../../main/api/dispatch';
import { handlers } from '../../../main/api/handlers';
import { openDatabase, type Db } from '../../../main/db/open';
import { createCompany } from '../../../main/domain/companies';
import { createProject } from '../../../main/domain/projects';
import { hostile, KINDS, prng, validBase, type Kind } from './payloads';

const PER_CHANNEL = 1_000;
const names = Object.keys(channels) as ChannelName[];
const mutable = handlers as unknown as Record<string, unknown>;
const originals = { ...mutable };
const reached: string[] = [];

let db: Db;
let ctx: ApiContext;

/** Every row of every table, including sqlite_sequence and the audit log. */
function fingerprint(): string {
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`)
    .pluck()
    .all() as string[];
  const hash = createHash('sha256');
  for (const t of tables) hash.update(t).update(JSON.stringify(db.prepare(`SELECT * FROM "${t}"`).all()));
  return hash.digest('hex');
}

beforeAll(() => {
  // In memory: the same migrations and pragmas, without a disk in the loop.
  db = openDatabase(':memory:');
  const actor = { name: '张科长' };
  const company = createCompany(db, actor, { name: '杭州海康威视数字技术股份有限公司', industry: '安防' });
  createProject(db, actor, { name: '智能物联产业园项目', companyId: company.id });
  ctx = { db, actor, databasePath: ':memory:', appVersion: '0', emit() {} };
  // Every handler becomes a tripwire: being called at all is the failure.
  for (const name of Object.keys(mutable)) {
    mutable[name] = () => {
      reached.push(name);
      return null;
    };
  }
});

afterAll(() => {
  Object.assign(mutable, originals);
  db.close();
});

/**
 * Attacks that cannot be made on a channel because every payload of that kind is valid there:
 * the unlock's only field is a passphrase, where SQL text is a legitimate (if odd) passphrase.
 */
const NOT_APPLICABLE: Partial<Record<ChannelName, readonly Kind[]>> = {
  'encryption.unlock': ['sql-in-identifier'],
  // A laptop's name is free text: quotes and semicolons are a name like any other.
  'sync.renameDevice': ['sql-in-identifier'],
  // An office server's account and password are free text, checked by the server, not here.
  'syncServer.signIn': ['sql-in-identifier'],
};

const CHINESE = /[\u4e00-\u9fff]/;
const CODES = new Set(['VALIDATION', 'PAYLOAD_TOO_LARGE']);

describe('the contract under attack', () => {
  it('has a handler for every channel and a channel for every handler', () => {
    expect(names.length).toBeGreaterThan(50);
    expect(Object.keys(originals).sort()).toEqual([...names].sort());
  });

  it.each(names)('%s: 1,000 invalid payloads never reach the handler', async (name) => {
    const def = channels[name];
    const base = validBase(def.input);
    const rand = prng([...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7));
    const before = fingerprint();
    reached.length = 0;
    const tried = new Map<Kind, number>();
    let sent = 0;
    let attempts = 0;
    while (sent < PER_CHANNEL && attempts < PER_CHANNEL * 2) {
      attempts++;
      const payload = hostile(KINDS[attempts % KINDS.length] as Kind, def.input, base, rand, def.maxBytes);
      // A payload the contract would rightly accept is not an attack: make another.
      if (!payload.alwaysRefused && accepts(def.input, payload.value)) continue;
      sent++;
      tried.set(payload.kind, (tried.get(payload.kind) ?? 0) + 1);
      const result = await dispatch(ctx, name, payload.value);
      if (result.ok || reached.length > 0) {
        throw new Error(`${name} accepted a ${payload.kind} payload: ${describe_(payload.value)}`);
      }
      const { error } = result;
      expect(Object.keys(error).filter((k) => k !== 'fields')).toEqual(['code', 'message']);
      if (
        !CODES.has(error.code) ||
        !CHINESE.test(error.message) ||
        /\bat \S+:\d+|SQLITE|Error:/.test(error.message)
      ) {
        throw new Error(`${name}: unclean error for ${payload.kind}: ${JSON.stringify(error).slice(0, 300)}`);
      }
    }
    expect(sent).toBe(PER_CHANNEL);
    // Every kind of attack was actually made on this channel.
    const expected = KINDS.filter((k) => !NOT_APPLICABLE[name]?.includes(k));
    expect([...tried.keys()].sort()).toEqual([...expected].sort());
    expect(fingerprint()).toBe(before);
  });
});

/** The schema's own verdict; a schema that blows up on the value does not accept it. */
function accepts(schema: z.ZodType, value: unknown): boolean {
  try {
    return schema.safeParse(value).success;
  } catch {
    return false;
  }
}

function describe_(value: unknown): string {
  try {
    return (JSON.stringify(value) ?? String(value)).slice(0, 200);
  } catch {
    return String(value).slice(0, 200);
  }
}
