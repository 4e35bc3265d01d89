import { verify } from 'node:crypto';
import { now } from '@contract/shared/clock';
import {
  REQUEST_HEADERS,
  REQUEST_SKEW_MS,
  requestSigningText,
  type Role,
} from '@contract/sync/serverProtocol';
import { publicKeyObject } from '../../main/sync/deviceKeys';
import type { Caller, RequestToCheck } from '../seams';
import { serverUserOf } from './accounts';
import type { AuthContext } from './context';
import { refuse } from './refusals';
import { sha256Hex } from './signIn';

const BEARER = /^Bearer ([A-Za-z0-9_-]{20,500})$/;
const NONCE = /^[A-Za-z0-9_+/=-]{16,128}$/;
const SIGNATURE = /^[A-Za-z0-9+/]{86}==$/; // 64 bytes of ed25519 signature
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const EPOCH_MS = /^\d{12,14}$/;

/** A header sent once; a repeated header (an array) is as good as none. */
const single = (headers: RequestToCheck['headers'], name: string): string | undefined => {
  const value = headers[name];
  return typeof value === 'string' ? value : undefined;
};

/** The request's time: ISO 8601 with a zone, or milliseconds since 1970. */
function timestampMs(text: string): number {
  if (EPOCH_MS.test(text)) return Number(text);
  return ISO_TIME.test(text) ? Date.parse(text) : NaN;
}

interface TokenRow {
  user_id: number;
  device: string;
  expires_at: Date;
  revoked_at: Date | null;
  login: string;
  display_name: string;
  role: Role;
  team_gid: string | null;
  user_removed: boolean;
  public_key: string;
  device_removed: boolean;
  reads_others: boolean;
}

async function tokenOf(ctx: AuthContext, headers: RequestToCheck['headers']): Promise<TokenRow> {
  const authorization = single(headers, 'authorization');
  if (authorization === undefined) throw refuse('AUTH_MISSING');
  const token = BEARER.exec(authorization)?.[1];
  if (!token) throw refuse('AUTH_TOKEN_INVALID');
  const [row] = await ctx.sql.query<TokenRow>(
    `SELECT t.user_id, t.device, t.expires_at, t.revoked_at,
            u.login, u.display_name, u.role, u.team_gid, u.removed_at IS NOT NULL AS user_removed,
            d.public_key, d.removed_at IS NOT NULL AS device_removed,
            (SELECT team_reads_others FROM office_settings) AS reads_others
       FROM tokens t JOIN users u ON u.id = t.user_id JOIN devices d ON d.id = t.device
      WHERE t.token_sha256 = $1`,
    [sha256Hex(token)],
  );
  if (!row) throw refuse('AUTH_TOKEN_INVALID');
  // Removal first: "this account was stopped" tells more than "sign in again", which would not help.
  if (row.user_removed) throw refuse('AUTH_USER_REMOVED');
  if (row.device_removed) throw refuse('AUTH_DEVICE_REMOVED');
  if (row.revoked_at) throw refuse('AUTH_TOKEN_REVOKED');
  if (row.expires_at <= now()) throw refuse('AUTH_TOKEN_EXPIRED');
  return row;
}

function checkSignature(request: RequestToCheck, row: TokenRow, timestamp: string, nonce: string): void {
  const signature = single(request.headers, REQUEST_HEADERS.signature) ?? '';
  if (!SIGNATURE.test(signature)) throw refuse('AUTH_BAD_SIGNATURE');
  const text = requestSigningText({
    method: request.method,
    path: request.path,
    timestamp,
    nonce,
    bodySha256: request.body.length === 0 ? '' : sha256Hex(request.body),
  });
  let good = false;
  try {
    good = verify(null, Buffer.from(text), publicKeyObject(row.public_key), Buffer.from(signature, 'base64'));
  } catch {
    good = false;
  }
  if (!good) throw refuse('AUTH_BAD_SIGNATURE');
}

/** Nonces live as long as a request carrying them could still pass the time check. */
const NONCE_KEEP_MS = 2 * REQUEST_SKEW_MS;
const PRUNE_EVERY_MS = 60_000;

export function requestChecker(ctx: AuthContext): (request: RequestToCheck) => Promise<Caller> {
  let prunedAt = 0;
  return async (request) => {
    const row = await tokenOf(ctx, request.headers);
    const device = single(request.headers, REQUEST_HEADERS.device);
    const timestamp = single(request.headers, REQUEST_HEADERS.timestamp);
    const nonce = single(request.headers, REQUEST_HEADERS.nonce);
    if (device !== undefined && device !== row.device) throw refuse('AUTH_DEVICE_MISMATCH');
    if (
      device === undefined ||
      timestamp === undefined ||
      nonce === undefined ||
      single(request.headers, REQUEST_HEADERS.signature) === undefined
    )
      throw refuse('AUTH_SIGNATURE_MISSING');
    const at = now();
    const sentAt = timestampMs(timestamp);
    if (!(Math.abs(at.getTime() - sentAt) <= REQUEST_SKEW_MS)) throw refuse('AUTH_STALE_TIMESTAMP');
    if (!NONCE.test(nonce)) throw refuse('AUTH_SIGNATURE_MISSING');
    checkSignature(request, row, timestamp, nonce);

    if (Math.abs(at.getTime() - prunedAt) > PRUNE_EVERY_MS) {
      prunedAt = at.getTime();
      await ctx.sql.query(`DELETE FROM request_nonces WHERE seen_at < $1`, [
        new Date(at.getTime() - NONCE_KEEP_MS),
      ]);
    }
    const fresh = await ctx.sql.query(
      `INSERT INTO request_nonces (device, nonce, seen_at) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING 1`,
      [row.device, nonce, at],
    );
    if (fresh.length === 0) {
      ctx.log.warn('request refused: replayed nonce', {
        user: row.login,
        device: row.device,
        ip: request.ip,
      });
      throw refuse('AUTH_REPLAY');
    }
    await ctx.sql.query(`UPDATE devices SET last_seen_at = $2 WHERE id = $1`, [row.device, at]);
    return { userId: row.user_id, user: serverUserOf(row, row.reads_others), device: row.device };
  };
}
