import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeServer, signInToServer } from '../../../../main/sync/server/serverClient';
import {
  ACCOUNT,
  selfSignedCertificate,
  startOfficeServerDouble,
  type CertificatePair,
  type OfficeServerDouble,
} from '../../../harness/officeServerDouble';
import { newDevice } from '../bundleFixtures';
import { refusal } from './serverFixtures';

const keys = newDevice();
const signIn = (origin: string, fingerprint: string, timeoutMs?: number) =>
  signInToServer(
    { origin, fingerprint, timeoutMs },
    {
      user: ACCOUNT.user,
      password: ACCOUNT.password,
      device: { id: keys.device, name: '二分队笔记本', publicKey: keys.publicKey },
    },
  );

/** A TLS endpoint that records every byte it receives after the handshake and never answers. */
async function recordingTlsServer(
  pair: CertificatePair,
): Promise<{ origin: string; bytes: () => number; server: TlsServer }> {
  let bytes = 0;
  const server = createTlsServer({ key: pair.key, cert: pair.cert }, (socket) => {
    socket.on('data', (chunk: Buffer) => (bytes += chunk.length));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
    bytes: () => bytes,
    server,
  };
}

let office: OfficeServerDouble;
let impostor: CertificatePair;
beforeAll(async () => {
  [office, impostor] = await Promise.all([startOfficeServerDouble(), selfSignedCertificate()]);
});
afterAll(() => office.close());

describe('the office server’s certificate, pinned by fingerprint', () => {
  it('first contact reports the certificate’s SHA-256 fingerprint and the server’s health', async () => {
    const probe = await probeServer(office.origin);
    // The fingerprint the console shows (computed from the certificate itself) is the one offered.
    expect(probe.fingerprint).toBe(office.fingerprint);
    expect(probe.health).toMatchObject({ ok: true, serverId: 'office-1' });
  });

  it('connects and signs in when the certificate is the confirmed one', async () => {
    const session = await signIn(office.origin, office.fingerprint);
    expect(session.user.displayName).toBe(ACCOUNT.displayName);
    expect(office.received.at(-1)?.path).toBe('/api/v1/session');
  });

  it('refuses another certificate before the request (token, password) is sent', async () => {
    const other = await recordingTlsServer(impostor);
    try {
      // The impostor's address, the office's pin: the certificate does not match.
      const err = await refusal(signIn(other.origin, office.fingerprint));
      expect(err.code).toBe('SERVER_CERT_MISMATCH');
      expect(err.message).toContain('证书与已确认的不一致');
      expect(other.bytes()).toBe(0);
    } finally {
      other.server.close();
    }
  });

  it('refuses a server whose certificate changed since it was confirmed, nothing reaching it', async () => {
    const replaced = await startOfficeServerDouble(impostor);
    try {
      const err = await refusal(signIn(replaced.origin, office.fingerprint));
      expect(err.code).toBe('SERVER_CERT_MISMATCH');
      expect(replaced.received).toEqual([]);
    } finally {
      await replaced.close();
    }
  });

  it('says the server cannot be reached, and that work goes on offline, when nothing listens', async () => {
    const other = await recordingTlsServer(impostor);
    const { origin } = other;
    await new Promise((resolve) => other.server.close(resolve));
    const err = await refusal(probeServer(origin));
    expect(err.code).toBe('SERVER_UNREACHABLE');
    expect(err.message).toMatch(/连不上办公室服务器.*本机照常可用/);
  });

  it('gives up after its timeout when the server does not answer', async () => {
    const silent = await recordingTlsServer(impostor);
    try {
      const err = await refusal(signIn(silent.origin, impostor.fingerprint, 300));
      expect(err.code).toBe('SERVER_UNREACHABLE');
      expect(err.message).toContain('等待超时');
      // It did reach the right server: the request was sent, only the answer never came.
      expect(silent.bytes()).toBeGreaterThan(0);
    } finally {
      silent.server.close();
    }
  });

  it('shows the server’s refusal in its own words', async () => {
    const err = await refusal(
      signInToServer(
        { origin: office.origin, fingerprint: office.fingerprint },
        {
          user: ACCOUNT.user,
          password: 'wrong',
          device: { id: keys.device, name: 'x', publicKey: keys.publicKey },
        },
      ),
    );
    expect(err.code).toBe('SERVER_REFUSED');
    expect(err.message).toBe('账号或密码不正确，还可再试 4 次');
  });
});
