import type { Sql } from '../store/sql';
import type { UnknownLoginFailures } from './lockout';

/** Where accounts note what happened (structured; never a password or a token). */
export interface AuthLog {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
}

export const silentLog: AuthLog = { info: () => undefined, warn: () => undefined };

/** What sign-in and the request check share for one server. */
export interface AuthContext {
  sql: Sql;
  serverId: string;
  tokenTtlMs: number;
  log: AuthLog;
  unknownLogins: UnknownLoginFailures;
  /** A hash no password matches, checked when a login names no account so that it takes as long to refuse. */
  decoyHash: () => Promise<string>;
}
