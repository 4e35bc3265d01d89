import { afterAll, beforeAll } from 'vitest';
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { now } from '@contract/shared/clock';
import { REQUEST_HEADERS, requestSigningText, type Role } from '@contract/sync/serverProtocol';
import { deviceIdOf } from '../../../main/sync/deviceKeys';
import { createAuth, type AuthOptions } from '../../../server/auth';
import type { ScryptCost } from '../../../server/auth/passwords';
import { addUser } from '../../../server/auth/users';
import type { Auth, RequestToCheck } from '../../../server/seams';
import { ACCOUNTS_MIGRATION } from '../../../server/store/migrations/002_accounts';
import { freshDatabase, type TestDatabase } from '../testDatabase';

/** Accounts' tables alone on a throwaway database: step 2 stands without step 1. */
export async function accountsDatabase(): Promise<TestDatabase> {
  const db = await freshDatabase();
  await db.sql.exec(ACCOUNTS_MIGRATION.sql);
  return db;
}

/** Cheap hashes for accounts a test only needs to exist; the real cost is tested on its own. */
export const TEST_COST: ScryptCost = { N: 1024, r: 8, p: 1 };
export const PASSWORD = '招商引资2026';
export const TEAM_A = 'team:招商一组';
export const TEAM_B = 'team:招商二组';

export const newAuth = (db: TestDatabase, options: Partial<AuthOptions> = {}): Auth =>
  createAuth({ sql: db.sql, serverId: 'office-server-test', ...options });

export async function account(
  db: TestDatabase,
  login: string,
  role: Role = 'team',
  team: string | null = role === 'team' ? TEAM_A : null,
): Promise<number> {
  return addUser(db.sql, { login, displayName: login, role, teamGid: team }, PASSWORD, now(), TEST_COST);
}

export interface Laptop {
  id: string;
  name: string;
  publicKey: string;
  privateKey: KeyObject;
}

/** A laptop's ed25519 identity as main/sync/deviceKeys.ts makes it. */
export function laptop(name = '招商一组笔记本'): Laptop {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const spki = publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
  return { id: deviceIdOf(spki), name, publicKey: spki, privateKey };
}

export const signInOf = (login: string, device: Laptop, password = PASSWORD) => ({
  user: login,
  password,
  device: { id: device.id, name: device.name, publicKey: device.publicKey },
});

export interface RequestParts {
  method?: string;
  path?: string;
  body?: Buffer;
  timestamp?: string;
  nonce?: string;
}

/** A request signed as the laptop client signs it: Bearer token plus the device's signature. */
export function signedRequest(device: Laptop, token: string, parts: RequestParts = {}): RequestToCheck {
  const method = parts.method ?? 'POST';
  const path = parts.path ?? '/api/v1/sync/push';
  const body = parts.body ?? Buffer.from('{"schemaVersion":12,"seen":{},"changes":[]}');
  const timestamp = parts.timestamp ?? now().toISOString();
  const nonce = parts.nonce ?? randomBytes(18).toString('base64url');
  const bodySha256 = body.length ? createHash('sha256').update(body).digest('hex') : '';
  const text = requestSigningText({ method, path, timestamp, nonce, bodySha256 });
  return {
    method,
    path,
    body,
    ip: '127.0.0.1',
    headers: {
      authorization: `Bearer ${token}`,
      [REQUEST_HEADERS.device]: device.id,
      [REQUEST_HEADERS.timestamp]: timestamp,
      [REQUEST_HEADERS.nonce]: nonce,
      [REQUEST_HEADERS.signature]: sign(null, Buffer.from(text), device.privateKey).toString('base64'),
    },
  };
}

/** A throwaway accounts database and an Auth on it for one test file, dropped after it. */
export function withAccounts(options: Partial<AuthOptions> = {}): { db: TestDatabase; auth: Auth } {
  const t = {} as { db: TestDatabase; auth: Auth };
  beforeAll(async () => {
    t.db = await accountsDatabase();
    t.auth = newAuth(t.db, options);
  });
  afterAll(() => t.db.drop());
  return t;
}
