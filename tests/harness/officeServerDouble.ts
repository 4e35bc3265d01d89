/**
 * A stand-in for the office server on 127.0.0.1: HTTPS with a self-signed certificate made for
 * the test, the protocol's health and sign-in, and the three sync calls answering as an empty
 * server would. It records every request as received (headers and raw body), so tests can check
 * signatures and that a refused connection delivered nothing. Used by unit and e2e tests alike.
 */
import { X509Certificate } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import selfsigned from 'selfsigned';
import {
  SERVER_API,
  type FiguresRequest,
  type HealthResponse,
  type PullResponse,
  type PushRequest,
  type PushResponse,
  type SignInResponse,
  type SyncStateResponse,
} from '@contract/sync/serverProtocol';
import type { SyncChange } from '@contract/sync/bundleSchema';
import { migrations } from '../../main/db/migrations';

/** The server answers at the laptop's own database version. */
const SCHEMA_VERSION = migrations.length;

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export interface OfficeServerDouble {
  origin: string;
  /** SHA-256 of the certificate, as the server's console shows it. */
  fingerprint: string;
  received: ReceivedRequest[];
  /** The token sign-in hands out; set `expired` to make the server refuse it (401). */
  token: string;
  expired: boolean;
  /** When set, every sync call is refused with this (status, code, message). */
  refuse: { status: number; code: string; message: string } | null;
  /** When set, a pushed change it gives a reason for is refused (out of the account's scope). */
  refuseChange: ((change: SyncChange) => string | null) | null;
  /** How POST /figures answers (the office's figures, e.g. asked of another ledger); unset: 404. */
  figures: ((request: FiguresRequest) => Promise<unknown>) | null;
  close(): Promise<void>;
}

export interface CertificatePair {
  key: string;
  cert: string;
  fingerprint: string;
}

/** A fresh self-signed certificate for 127.0.0.1 (EC P-256: fast to make). */
export async function selfSignedCertificate(): Promise<CertificatePair> {
  const pems = await selfsigned.generate([{ name: 'commonName', value: '招商通办公室服务器' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
  });
  return { key: pems.private, cert: pems.cert, fingerprint: new X509Certificate(pems.cert).fingerprint256 };
}

export const ACCOUNT = { user: 'wangke', password: 'zhaoshang2026', displayName: '王科长' };

export async function startOfficeServerDouble(
  certificate?: CertificatePair,
  options: { expiresAt?: string; port?: number } = {},
): Promise<OfficeServerDouble> {
  const pair = certificate ?? (await selfSignedCertificate());
  const received: ReceivedRequest[] = [];
  const state: OfficeServerDouble = {
    origin: '',
    fingerprint: pair.fingerprint,
    received,
    token: 'token-0123456789abcdefghijklmnop',
    expired: false,
    refuse: null,
    refuseChange: null,
    figures: null,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const send = (res: ServerResponse, status: number, body: unknown): void => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };
  const server: Server = createServer({ key: pair.key, cert: pair.cert }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const path = req.url ?? '';
      received.push({ method: req.method ?? '', path, headers: req.headers, body });
      const route = path.slice(SERVER_API.length);
      if (route === '/health') {
        const health: HealthResponse = {
          ok: true,
          serverId: 'office-1',
          schemaVersion: SCHEMA_VERSION,
          database: 'pglite',
          version: '0.1.0',
        };
        return send(res, 200, health);
      }
      if (route === '/session') {
        const { user, password } = JSON.parse(body.toString('utf8')) as { user: string; password: string };
        if (user !== ACCOUNT.user || password !== ACCOUNT.password)
          return send(res, 401, { code: 'BAD_LOGIN', message: '账号或密码不正确，还可再试 4 次' });
        const session: SignInResponse = {
          token: state.token,
          expiresAt: options.expiresAt ?? new Date(Date.now() + 8 * 3600_000).toISOString(),
          user: {
            user,
            displayName: ACCOUNT.displayName,
            role: 'team',
            teamGid: 'team-2',
            readsOtherTeams: true,
          },
          serverId: 'office-1',
        };
        return send(res, 200, session);
      }
      if (req.headers.authorization !== `Bearer ${state.token}` || state.expired)
        return send(res, 401, { code: 'TOKEN_EXPIRED', message: '登录已过期' });
      if (state.refuse)
        return send(res, state.refuse.status, { code: state.refuse.code, message: state.refuse.message });
      if (route === '/sync/state') {
        const s: SyncStateResponse = { serverId: 'office-1', schemaVersion: SCHEMA_VERSION, seen: {} };
        return send(res, 200, s);
      }
      if (route === '/sync/push') {
        const { changes } = JSON.parse(body.toString('utf8')) as PushRequest;
        const refused = changes.flatMap((c, index) => {
          const reason = state.refuseChange?.(c) ?? null;
          return reason === null ? [] : [{ index, reason }];
        });
        const answer: PushResponse = { accepted: 0, alreadyHad: 0, refused, seen: {} };
        return send(res, 200, answer);
      }
      if (route === '/sync/pull') {
        const page: PullResponse = { changes: [], batchOf: [], batches: [], next: '0', more: false };
        return send(res, 200, page);
      }
      if (route === '/figures' && state.figures) {
        const request = JSON.parse(body.toString('utf8')) as FiguresRequest;
        state.figures(request).then(
          (value) => send(res, 200, { value, asOf: String(received.length) }),
          (err: unknown) => send(res, 400, { code: 'FIGURES_FAILED', message: String(err) }),
        );
        return;
      }
      send(res, 404, { code: 'NOT_FOUND', message: '没有这个接口' });
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  state.origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}
