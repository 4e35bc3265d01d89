import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { now } from '@contract/shared/clock';
import { SERVER_API } from '@contract/sync/serverProtocol';
import { openDatabase, type Db } from '../../../main/db/open';
import { adoptDevice } from '../../../main/sync/changeLog';
import { loadOrCreateDeviceKeys, type DeviceKeys } from '../../../main/sync/deviceKeys';
import { pinnedRequest, type PinnedResponse } from '../../../main/sync/server/pinnedHttps';
import { signedHeaders } from '../../../main/sync/server/requestSigning';
import { signInToServer } from '../../../main/sync/server/serverClient';
import { addUser } from '../../../server/auth/users';
import type { RunningServer } from '../../../server/program';
import type { Sql } from '../../../server/store/sql';
import { PASSWORD, TEST_COST } from '../auth/accountsDb';

/** A laptop signed in to a running server: its ledger, its key, and raw signed requests of any body. */
export interface SignedLaptop {
  /** The ledger file (open as `db`). */
  path: string;
  db: Db;
  keys: DeviceKeys;
  token: string;
  /** One request signed as the app signs it, the body sent exactly as given. */
  send(method: 'GET' | 'POST', endpoint: string, body?: Buffer): Promise<PinnedResponse>;
}

/** An 办公室 account and a laptop (ledger, device key) signed in with it over HTTPS. */
export async function signedLaptop(
  sql: Sql,
  server: Pick<RunningServer, 'port' | 'fingerprint256'>,
  login: string,
): Promise<SignedLaptop> {
  await addUser(
    sql,
    { login, displayName: login, role: 'office', teamGid: null },
    PASSWORD,
    now(),
    TEST_COST,
  );
  const folder = mkdtempSync(join(tmpdir(), 'leadatlas-laptop-'));
  const keys = loadOrCreateDeviceKeys(folder);
  const path = join(folder, 'ledger.sqlite');
  const db = openDatabase(path);
  adoptDevice(db, keys.device);
  const origin = `https://127.0.0.1:${server.port}`;
  const fingerprint = server.fingerprint256;
  const { token } = await signInToServer(
    { origin, fingerprint },
    {
      user: login,
      password: PASSWORD,
      device: { id: keys.device, name: `${login}的笔记本`, publicKey: keys.publicKey },
    },
  );
  return {
    path,
    db,
    keys,
    token,
    send: (method, endpoint, body) => {
      const path = `${SERVER_API}${endpoint}`;
      return pinnedRequest({
        origin,
        path,
        method,
        fingerprint,
        headers: { authorization: `Bearer ${token}`, ...signedHeaders(keys, method, path, body) },
        body,
        timeoutMs: 60_000,
      });
    },
  };
}
