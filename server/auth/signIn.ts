import { createHash, randomBytes } from 'node:crypto';
import { now } from '@contract/shared/clock';
import { signInRequestSchema, type SignInRequest, type SignInResponse } from '@contract/sync/serverProtocol';
import { deviceIdOf } from '../../main/sync/deviceKeys';
import type { Sql } from '../store/sql';
import { activeUser, revokeTokens, serverUserOf, teamReadsOthers, type UserRow } from './accounts';
import type { AuthContext } from './context';
import { lockedRefusal, noteFailedSignIn } from './lockout';
import { verifyPassword } from './passwords';
import { refuse } from './refusals';

export const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** Whether the public key is an ed25519 key whose hash is the device id it came with. */
function keyMatchesId(device: SignInRequest['device']): boolean {
  try {
    return deviceIdOf(device.publicKey) === device.id;
  } catch {
    return false;
  }
}

/** The password check: an unknown login costs the same time and counts towards a lock alike. */
async function checkPassword(ctx: AuthContext, request: SignInRequest, at: Date): Promise<UserRow> {
  const user = await activeUser(ctx.sql, request.user);
  if (!user) {
    const ghostLock = ctx.unknownLogins.lockedUntil(request.user, at);
    if (ghostLock) throw lockedRefusal(ghostLock);
    await verifyPassword(request.password, await ctx.decoyHash());
    const locked = ctx.unknownLogins.note(request.user, at);
    throw locked ? lockedRefusal(locked) : refuse('SIGNIN_FAILED');
  }
  if (user.locked_until && user.locked_until > at) throw lockedRefusal(user.locked_until);
  if (!(await verifyPassword(request.password, user.password_hash))) {
    const locked = await noteFailedSignIn(ctx.sql, user.id, at);
    ctx.log.warn('sign-in refused: wrong password', { user: user.login, locked: locked !== null });
    throw locked ? lockedRefusal(locked) : refuse('SIGNIN_FAILED');
  }
  return user;
}

/**
 * The laptop's registration: made on its first sign-in, then kept to that account. A laptop
 * whose account was removed may be registered again by its next user; a removed laptop never.
 */
async function registerDevice(tx: Sql, userId: number, device: SignInRequest['device'], at: Date) {
  await tx.query(
    `INSERT INTO devices (id, public_key, name, user_id, registered_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (id) DO NOTHING`,
    [device.id, device.publicKey, device.name, userId, at],
  );
  const [row] = (await tx.query<{
    user_id: number;
    public_key: string;
    removed_at: Date | null;
    owner_removed: boolean;
  }>(
    `SELECT d.user_id, d.public_key, d.removed_at, u.removed_at IS NOT NULL AS owner_removed
       FROM devices d JOIN users u ON u.id = d.user_id WHERE d.id = $1 FOR UPDATE OF d`,
    [device.id],
  )) as [{ user_id: number; public_key: string; removed_at: Date | null; owner_removed: boolean }];
  if (row.removed_at) throw refuse('DEVICE_REMOVED');
  if (row.public_key !== device.publicKey) throw refuse('DEVICE_KEY_MISMATCH');
  if (row.user_id !== userId && !row.owner_removed) throw refuse('DEVICE_OTHER_USER');
  await tx.query(`UPDATE devices SET user_id = $2, name = $3, last_seen_at = $4 WHERE id = $1`, [
    device.id,
    userId,
    device.name,
    at,
  ]);
  if (row.user_id !== userId)
    await tx.query(`UPDATE devices SET registered_at = $2 WHERE id = $1`, [device.id, at]);
}

export async function signIn(ctx: AuthContext, input: unknown, ip: string): Promise<SignInResponse> {
  const parsed = signInRequestSchema.safeParse(input);
  if (!parsed.success) throw refuse('SIGNIN_INVALID', parsed.error.issues[0]?.message);
  const request = parsed.data;
  if (!keyMatchesId(request.device)) throw refuse('DEVICE_KEY_MISMATCH');
  const at = now();
  const user = await checkPassword(ctx, request, at);

  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(at.getTime() + ctx.tokenTtlMs);
  const readsOthers = await ctx.sql.transaction(async (tx) => {
    await registerDevice(tx, user.id, request.device, at);
    await tx.query(`UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = $1`, [user.id]);
    // One live sign-in per laptop: signing in again ends the earlier one.
    await revokeTokens(tx, { device: request.device.id }, at);
    await tx.query(
      `INSERT INTO tokens (token_sha256, user_id, device, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)`,
      [sha256Hex(token), user.id, request.device.id, at, expiresAt],
    );
    return teamReadsOthers(tx);
  });
  ctx.log.info('signed in', { user: user.login, device: request.device.id, ip });
  return {
    token,
    expiresAt: expiresAt.toISOString(),
    user: serverUserOf(user, readsOthers),
    serverId: ctx.serverId,
  };
}
