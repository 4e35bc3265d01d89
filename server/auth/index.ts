import { now } from '@contract/shared/clock';
import type { Auth } from '../seams';
import type { Sql } from '../store/sql';
import { requestChecker } from './authenticate';
import { silentLog, type AuthContext, type AuthLog } from './context';
import { UnknownLoginFailures } from './lockout';
import { decoyHash, DEFAULT_COST, type ScryptCost } from './passwords';
import { mayRead, refusalOf } from './scope';
import { signIn } from './signIn';

export interface AuthOptions {
  sql: Sql;
  /** The server's own id, given to laptops at sign-in. */
  serverId: string;
  log?: AuthLog;
  /** How long a sign-in lasts; 12 hours (a working day) unless the office sets otherwise. */
  tokenTtlMs?: number;
  /** The cost accounts' passwords are hashed with (users.ts), matched when a login names no account. */
  passwordCost?: ScryptCost;
}

export const DEFAULT_TOKEN_TTL_MS = 12 * 3600_000;

/** Accounts and scope on the server's PostgreSQL (migration 2's tables). */
export function createAuth(options: AuthOptions): Auth {
  const ctx: AuthContext = {
    sql: options.sql,
    serverId: options.serverId,
    tokenTtlMs: options.tokenTtlMs ?? DEFAULT_TOKEN_TTL_MS,
    log: options.log ?? silentLog,
    unknownLogins: new UnknownLoginFailures(),
    decoyHash: decoyHash(options.passwordCost ?? DEFAULT_COST),
  };
  return {
    signIn: (request, ip) => signIn(ctx, request, ip),
    authenticate: requestChecker(ctx),
    refusalOf,
    mayRead,
    async noteRefusal(caller, change, reason) {
      await ctx.sql.query(
        `INSERT INTO refused_changes (user_id, device, change_device, hlc, tbl, gid, op, actor, reason, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          caller.userId,
          caller.device,
          change.device,
          change.hlc,
          change.tbl,
          change.gid,
          change.op,
          change.actor,
          reason,
          now(),
        ],
      );
      ctx.log.warn('change refused', {
        user: caller.user.user,
        device: caller.device,
        tbl: change.tbl,
        reason,
      });
    },
  };
}
