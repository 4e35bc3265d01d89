import { createHash, verify } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_HEADERS, requestSigningText } from '@contract/sync/serverProtocol';
import { publicKeyObject } from '../../../../main/sync/deviceKeys';
import { httpsTransport, signInToServer } from '../../../../main/sync/server/serverClient';
import {
  ACCOUNT,
  startOfficeServerDouble,
  type OfficeServerDouble,
  type ReceivedRequest,
} from '../../../harness/officeServerDouble';
import { newDevice } from '../bundleFixtures';

const keys = newDevice();
const header = (r: ReceivedRequest, name: string): string => String(r.headers[name] ?? '');

/** What the server does: rebuild the signed text from the request as received and verify it. */
function verifies(r: ReceivedRequest, publicKey: string): boolean {
  const text = requestSigningText({
    method: r.method,
    path: r.path,
    timestamp: header(r, REQUEST_HEADERS.timestamp),
    nonce: header(r, REQUEST_HEADERS.nonce),
    bodySha256: r.body.length ? createHash('sha256').update(r.body).digest('hex') : '',
  });
  return verify(
    null,
    Buffer.from(text, 'utf8'),
    publicKeyObject(publicKey),
    Buffer.from(header(r, REQUEST_HEADERS.signature), 'base64'),
  );
}

let office: OfficeServerDouble;
beforeAll(async () => {
  office = await startOfficeServerDouble();
});
afterAll(() => office.close());

describe('requests after sign-in', () => {
  it('carry the token and a signature the device’s public key verifies', async () => {
    const session = await signInToServer(
      { origin: office.origin, fingerprint: office.fingerprint },
      {
        user: ACCOUNT.user,
        password: ACCOUNT.password,
        device: { id: keys.device, name: '二分队笔记本', publicKey: keys.publicKey },
      },
    );
    const transport = httpsTransport(
      { origin: office.origin, fingerprint: office.fingerprint },
      keys,
      session.token,
    );
    await transport.state();
    await transport.pull({ schemaVersion: 13, cursor: '0' });
    const [state, pull] = office.received.slice(-2) as [ReceivedRequest, ReceivedRequest];

    for (const r of [state, pull]) {
      expect(r.headers.authorization).toBe(`Bearer ${session.token}`);
      expect(header(r, REQUEST_HEADERS.device)).toBe(keys.device);
      expect(verifies(r, keys.publicKey)).toBe(true);
      expect(Math.abs(Date.parse(header(r, REQUEST_HEADERS.timestamp)) - Date.now())).toBeLessThan(60_000);
    }
    // The body is covered: the pull's cursor is part of what was signed.
    expect(pull.body.length).toBeGreaterThan(0);
    expect(
      verifies({ ...pull, body: Buffer.from(pull.body.toString().replace('"0"', '"9"')) }, keys.publicKey),
    ).toBe(false);
    // Another laptop's key does not verify it, and no two requests share a nonce.
    expect(verifies(state, newDevice().publicKey)).toBe(false);
    expect(header(state, REQUEST_HEADERS.nonce)).not.toBe(header(pull, REQUEST_HEADERS.nonce));
    expect(header(state, REQUEST_HEADERS.nonce).length).toBeGreaterThanOrEqual(16);
  });
});
