import type { z } from 'zod';
import {
  figuresResponseSchema,
  healthResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  SERVER_API,
  serverErrorSchema,
  signInResponseSchema,
  syncStateResponseSchema,
  type FiguresRequest,
  type FiguresResponse,
  type HealthResponse,
  type SignInRequest,
  type SignInResponse,
} from '@contract/sync/serverProtocol';
import { DomainError } from '@contract/shared/errors';
import type { DeviceKeys } from '../deviceKeys';
import type { ServerTransport } from '../serverTransport';
import { pinnedRequest, type PinnedResponse } from './pinnedHttps';
import { signedHeaders } from './requestSigning';
import { badReply, signInNeeded } from './serverRefusals';

/**
 * The office server's endpoints as this laptop calls them: health on first contact, sign-in,
 * then the three sync calls, each signed and carrying the token. Every answer is parsed with the
 * protocol's schemas (the laptop trusts no server); every refusal keeps the server's own words.
 */

export const DEFAULT_TIMEOUT_MS = 30_000;

export interface ServerAddress {
  origin: string;
  fingerprint: string;
  timeoutMs?: number;
}

function answer<S extends z.ZodType>(res: PinnedResponse, schema: S, signedIn: boolean): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(res.body.toString('utf8'));
  } catch {
    throw badReply(res.status);
  }
  if (res.status >= 200 && res.status < 300) {
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw badReply(res.status);
    return parsed.data;
  }
  const refusal = serverErrorSchema.safeParse(json);
  if (!refusal.success) throw badReply(res.status);
  // A token the server no longer takes: the person signs in again. At sign-in itself a 401 is a
  // wrong password or a locked account, said in the server's words.
  if (res.status === 401 && signedIn) throw signInNeeded(refusal.data.message);
  throw new DomainError('SERVER_REFUSED', refusal.data.message);
}

/** First contact: the certificate the address presents and what the server says of itself. */
export async function probeServer(
  origin: string,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<{ fingerprint: string; health: HealthResponse }> {
  const res = await pinnedRequest({
    origin,
    path: `${SERVER_API}/health`,
    method: 'GET',
    fingerprint: null,
    timeoutMs,
  });
  return { fingerprint: res.fingerprint, health: answer(res, healthResponseSchema, false) };
}

export async function signInToServer(server: ServerAddress, request: SignInRequest): Promise<SignInResponse> {
  const res = await pinnedRequest({
    origin: server.origin,
    path: `${SERVER_API}/session`,
    method: 'POST',
    fingerprint: server.fingerprint,
    body: Buffer.from(JSON.stringify(request), 'utf8'),
    timeoutMs: server.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  });
  return answer(res, signInResponseSchema, false);
}

/** The sync round's three calls over HTTPS, signed with this laptop's key, as `token`'s holder. */
/** The sync round's three calls, and the office-wide figures the server computes with the desktop's queries. */
export interface OfficeServerClient extends ServerTransport {
  figures(request: FiguresRequest): Promise<FiguresResponse>;
}

export function httpsTransport(server: ServerAddress, keys: DeviceKeys, token: string): OfficeServerClient {
  const send = async <S extends z.ZodType>(
    method: 'GET' | 'POST',
    endpoint: string,
    payload: unknown,
    schema: S,
  ): Promise<z.output<S>> => {
    const path = `${SERVER_API}${endpoint}`;
    const body = payload === undefined ? undefined : Buffer.from(JSON.stringify(payload), 'utf8');
    const res = await pinnedRequest({
      origin: server.origin,
      path,
      method,
      fingerprint: server.fingerprint,
      headers: { authorization: `Bearer ${token}`, ...signedHeaders(keys, method, path, body) },
      body,
      timeoutMs: server.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    });
    return answer(res, schema, true);
  };
  return {
    state: () => send('GET', '/sync/state', undefined, syncStateResponseSchema),
    push: (request) => send('POST', '/sync/push', request, pushResponseSchema),
    pull: (request) => send('POST', '/sync/pull', request, pullResponseSchema),
    figures: (request) => send('POST', '/figures', request, figuresResponseSchema),
  };
}
