/**
 * Hostile payloads for the contract fuzz test. Cheap to make: big strings and deep structures
 * are built once and shared; each payload is a small object around them.
 */
import type { z } from 'zod';

/** Deterministic PRNG (mulberry32): a failing payload can be reproduced from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rand = () => number;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;

type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; in?: z.ZodType };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const canOmit = (schema: z.ZodType): boolean =>
  (schema as unknown as { _zod: { optin?: string } })._zod.optin === 'optional';

/** The top-level fields of an object schema (through pipes and wrappers), else none. */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  let def = defOf(schema);
  for (let i = 0; i < 5 && def.type !== 'object'; i++) {
    const next = def.innerType ?? def.in;
    if (!next) break;
    def = defOf(next);
  }
  return def.type === 'object' ? (def.shape ?? {}) : {};
}

// Candidates tried in order until the field's own schema accepts one: a valid base without
// reimplementing zod's checks. Fields none of these fit simply stay out of the base.
const CANDIDATES: unknown[] = [
  1,
  'a',
  '2024-05-20',
  'companies',
  'lead',
  true,
  330100,
  2024,
  [],
  {},
  [1],
  { type: 'text', op: 'contains', value: 'a' },
];

/** A payload the schema probably accepts: every required field with a value it takes. */
export function validBase(schema: z.ZodType): Record<string, unknown> {
  const base: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shapeOf(schema))) {
    if (canOmit(field)) continue;
    const fit = CANDIDATES.find((c) => field.safeParse(c).success);
    if (fit !== undefined) base[key] = fit;
  }
  return base;
}

const HUGE = 'x'.repeat(300_000); // over every channel's byte limit once counted as UTF-8
const LONG = '长'.repeat(5_000); // under the byte limit, over every text field's length limit
function nested(depth: number, asArray: boolean): unknown {
  let v: unknown = 'leaf';
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { a: v };
  return v;
}
const DEEP = [nested(50, false), nested(50, true), nested(5_000, false), nested(5_000, true)];
/** Deeper than dispatch's nesting limit (64): refused before any schema runs. */
const TOO_DEEP = new Set(DEEP.slice(2));

const SQL = [
  'name; DROP TABLE companies;--',
  '1=1 OR name',
  'id) UNION SELECT * FROM audit_log--',
  '"; DELETE FROM projects; --',
  'name COLLATE NOCASE',
  'sqlite_master',
];
const WRONG: unknown[] = [
  NaN,
  Infinity,
  -Infinity,
  -1,
  1.5,
  2 ** 60,
  Number.MAX_VALUE,
  '',
  '1',
  ' ',
  true,
  false,
  null,
  [],
  [[]],
  {},
  { 0: 'a' },
  HUGE,
  LONG,
  ...SQL,
  ...DEEP,
];
const NOT_OBJECTS: unknown[] = [42, 0, NaN, Infinity, '', 'x', true, false, [], [{}], HUGE, ...SQL, DEEP[1]];

export type Kind =
  | 'not-an-object'
  | 'array-for-object'
  | 'extra-key'
  | 'sql-key'
  | 'prototype-key'
  | 'wrong-type'
  | 'huge-string'
  | 'deep-nesting'
  | 'sql-in-identifier';

export const KINDS: readonly Kind[] = [
  'not-an-object',
  'array-for-object',
  'extra-key',
  'sql-key',
  'prototype-key',
  'wrong-type',
  'huge-string',
  'deep-nesting',
  'sql-in-identifier',
];

export interface Payload {
  kind: Kind;
  value: unknown;
  /** Refused whatever the schema says: pollution keys are caught before parsing (as is oversize). */
  alwaysRefused: boolean;
}

const POLLUTION = [
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"isAdmin":true}}}',
  '{"prototype":{"x":1}}',
  '{"a":{"__proto__":{"polluted":1}}}',
];

/**
 * One hostile payload of the given kind, shaped around the channel's own fields. `maxBytes` is
 * the channel's size limit: a string beyond it must be refused whatever the schema says.
 */
export function hostile(
  kind: Kind,
  schema: z.ZodType,
  base: Record<string, unknown>,
  rand: Rand,
  maxBytes: number,
): Payload {
  const keys = Object.keys(shapeOf(schema));
  const field = keys.length ? pick(rand, keys) : 'id';
  const with_ = (value: unknown): Record<string, unknown> => ({ ...base, [field]: value });
  switch (kind) {
    case 'not-an-object':
      return { kind, value: pick(rand, NOT_OBJECTS), alwaysRefused: false };
    case 'array-for-object':
      return { kind, value: rand() < 0.5 ? [base] : Object.values(base), alwaysRefused: false };
    case 'extra-key':
      return {
        kind,
        value: { ...base, [`x${Math.floor(rand() * 1e9).toString(36)}`]: pick(rand, WRONG) },
        alwaysRefused: false,
      };
    case 'sql-key':
      return { kind, value: { ...base, [pick(rand, SQL)]: 1 }, alwaysRefused: false };
    case 'prototype-key': {
      const polluted = JSON.parse(pick(rand, POLLUTION)) as Record<string, unknown>;
      // At the top, or hidden one level down inside a field.
      const value = rand() < 0.5 ? { ...base, ...polluted } : with_(polluted);
      return { kind, value, alwaysRefused: true };
    }
    case 'wrong-type':
      return { kind, value: with_(pick(rand, WRONG)), alwaysRefused: false };
    case 'huge-string':
      return {
        kind,
        value: rand() < 0.5 ? with_(HUGE) : { ...base, [field]: [HUGE] },
        alwaysRefused: HUGE.length > maxBytes,
      };
    case 'deep-nesting': {
      const deep = pick(rand, DEEP);
      return { kind, value: with_(deep), alwaysRefused: TOO_DEEP.has(deep) };
    }
    case 'sql-in-identifier': {
      const sql = pick(rand, SQL);
      const value: Record<string, unknown> = keys.includes('sort')
        ? { ...base, sort: [{ col: sql, dir: 'asc' }] }
        : keys.includes('filters')
          ? { ...base, filters: { [sql]: { type: 'text', op: 'contains', value: 'a' } } }
          : with_(sql);
      return { kind, value, alwaysRefused: false };
    }
  }
}
