import type { ClientRequest } from 'node:http';
import { request, type Agent } from 'node:https';
import type { TLSSocket } from 'node:tls';
import type { PullResponse, PushResponse } from '@contract/sync/serverProtocol';
import type { ServerConfig } from '../../../server/config';
import { startServer, type RunningServer } from '../../../server/index';
import { createLog } from '../../../server/log';
import {
  ServerRefusal,
  type Auth,
  type Caller,
  type RequestToCheck,
  type SyncEngine,
} from '../../../server/seams';

/** Stand-ins for the accounts and the sync engine: the shell is tested on its own. */

export const TOKEN = 'tok_5f0c1d2e3a4b5c6d7e8f9a0b';
export const DEVICE = '0123456789abcdef';

export const caller: Caller = {
  userId: 7,
  device: DEVICE,
  user: { user: 'zhangwei', displayName: '张伟', role: 'team', teamGid: 'team-1', readsOtherTeams: false },
};

export function fakeAuth() {
  const checked: RequestToCheck[] = [];
  const auth: Auth = {
    signIn: (request) =>
      Promise.resolve({
        token: TOKEN,
        expiresAt: '2026-12-31T00:00:00.000Z',
        user: { ...caller.user, user: request.user },
        serverId: 'server-under-test',
      }),
    authenticate(r) {
      checked.push(r);
      if (r.headers.authorization !== `Bearer ${TOKEN}`)
        return Promise.reject(new ServerRefusal(401, 'unauthenticated', '登录已失效，请重新登录'));
      return Promise.resolve(caller);
    },
    refusalOf: () => Promise.resolve(null),
    mayRead: () => Promise.resolve(true),
    noteRefusal: () => Promise.resolve(),
  };
  return { auth, checked };
}

export function fakeEngine() {
  const calls: { op: string; request: unknown }[] = [];
  let closed = false;
  /** When set, pull waits for it: a request still in flight. */
  let pullGate: Promise<void> | null = null;
  let failure: Error | null = null;
  const engine: SyncEngine = {
    state: () => Promise.resolve({ serverId: 'server-under-test', schemaVersion: 12, seen: {} }),
    push(_caller, request) {
      calls.push({ op: 'push', request });
      if (failure) return Promise.reject(failure);
      const answer: PushResponse = { accepted: request.changes.length, alreadyHad: 0, refused: [], seen: {} };
      return Promise.resolve(answer);
    },
    figures(_caller, request) {
      calls.push({ op: 'figures', request });
      return Promise.resolve({ value: null, asOf: '0' });
    },
    async pull(_caller, request) {
      calls.push({ op: 'pull', request });
      if (pullGate) await pullGate;
      const answer: PullResponse = {
        changes: [],
        batchOf: [],
        batches: [],
        next: request.cursor,
        more: false,
      };
      return answer;
    },
    close() {
      closed = true;
      return Promise.resolve();
    },
  };
  return {
    engine,
    calls,
    isClosed: () => closed,
    holdPulls(gate: Promise<void>): void {
      pullGate = gate;
    },
    failWith(err: Error): void {
      failure = err;
    },
  };
}

/** The real HTTPS server on a free port, with the doubles, its log lines and console lines kept. */
export async function startWithDoubles(
  config: ServerConfig,
  extra: { bodyLimit?: number } = {},
): Promise<{
  server: RunningServer;
  logLines: string[];
  consoleLines: string[];
  auth: ReturnType<typeof fakeAuth>;
  engine: ReturnType<typeof fakeEngine>;
}> {
  const logLines: string[] = [];
  const consoleLines: string[] = [];
  const auth = fakeAuth();
  const engine = fakeEngine();
  const server = await startServer({
    config,
    log: createLog((line) => logLines.push(line)),
    // Built asynchronously, as the real sync engine is (it migrates and warms its cache first).
    makeParts: () => Promise.resolve({ auth: auth.auth, engine: engine.engine }),
    say: (line) => consoleLines.push(line),
    ...extra,
  });
  return { server, logLines, consoleLines, auth, engine };
}

export interface Answer {
  status: number;
  body: unknown;
  /** The SHA-256 fingerprint of the certificate the server presented. */
  fingerprint256: string;
  /** Whether the request went over a connection an earlier request had opened. */
  reusedSocket: boolean;
}

/**
 * One HTTPS request. With `ca`, the certificate must verify against it for `servername` (as a
 * browser would check it); without, any certificate is accepted and its fingerprint returned,
 * as a laptop pinning a fingerprint connects.
 */
export function call(
  port: number,
  options: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    ca?: string;
    servername?: string;
    host?: string;
    /**
     * Writes the body piece by piece without ending it, as a large upload in progress: the
     * answer must come while it is still being sent, and the connection may be cut after it.
     */
    upload?: (req: ClientRequest) => void;
    /** A keep-alive agent, to see the connection reused; a new connection per request without. */
    agent?: Agent;
  },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: options.host ?? '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
        agent: options.agent ?? false,
        ...(options.ca
          ? { ca: options.ca, servername: options.servername ?? 'localhost' }
          : { rejectUnauthorized: false }),
      },
      (res) => {
        const fingerprint256 = (res.socket as TLSSocket).getPeerCertificate().fingerprint256;
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            body: text ? JSON.parse(text) : null,
            fingerprint256,
            reusedSocket: req.reusedSocket,
          });
        });
      },
    );
    if (options.upload) {
      req.on('error', () => undefined);
      req.on('close', () => reject(new Error('closed without an answer')));
      options.upload(req);
    } else {
      req.on('error', reject);
      req.end(options.body);
    }
  });
}

export const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json', ...headers },
});

export const signedIn = { authorization: `Bearer ${TOKEN}` };
