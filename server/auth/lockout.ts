import type { Sql } from '../store/sql';
import { refuse } from './refusals';
import type { ServerRefusal } from '../seams';

export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MS = 15 * 60_000;

const two = (n: number): string => String(n).padStart(2, '0');
/** '12月5日 18:45' in the server's own zone (the office's). */
const lockEnd = (d: Date): string =>
  `${d.getMonth() + 1}月${d.getDate()}日 ${two(d.getHours())}:${two(d.getMinutes())}`;

export const lockedRefusal = (until: Date): ServerRefusal =>
  refuse(
    'SIGNIN_LOCKED',
    `密码连续输错 ${MAX_FAILED_SIGN_INS} 次，账号已锁定至 ${lockEnd(until)}。请到时再试，或请办公室重置密码。`,
  );

/**
 * One more wrong password for an account: the fifth in a row locks it for LOCK_MS and starts
 * the count again. Returns the lock's end when this failure locked it.
 */
export async function noteFailedSignIn(sql: Sql, userId: number, at: Date): Promise<Date | null> {
  const until = new Date(at.getTime() + LOCK_MS);
  const [row] = await sql.query<{ locked: boolean }>(
    `UPDATE users SET
       failed_attempts = CASE WHEN failed_attempts + 1 >= $2 THEN 0 ELSE failed_attempts + 1 END,
       locked_until = CASE WHEN failed_attempts + 1 >= $2 THEN $3 ELSE locked_until END
     WHERE id = $1
     RETURNING locked_until = $3 AS locked`,
    [userId, MAX_FAILED_SIGN_INS, until],
  );
  return row?.locked ? until : null;
}

/**
 * The same count for logins that name no account, kept in memory: otherwise only real accounts
 * would ever lock, and six tries would tell whether a login exists.
 */
export class UnknownLoginFailures {
  private readonly seen = new Map<string, { failed: number; lockedUntil: number }>();
  constructor(private readonly limit = 10_000) {}

  /** When `login` is "locked", its end. */
  lockedUntil(login: string, at: Date): Date | null {
    const entry = this.seen.get(login.toLowerCase());
    return entry && entry.lockedUntil > at.getTime() ? new Date(entry.lockedUntil) : null;
  }

  note(login: string, at: Date): Date | null {
    const key = login.toLowerCase();
    const entry = this.seen.get(key) ?? { failed: 0, lockedUntil: 0 };
    this.seen.delete(key); // re-inserted last: the oldest entries are dropped first
    entry.failed += 1;
    let locked: Date | null = null;
    if (entry.failed >= MAX_FAILED_SIGN_INS) {
      entry.failed = 0;
      entry.lockedUntil = at.getTime() + LOCK_MS;
      locked = new Date(entry.lockedUntil);
    }
    this.seen.set(key, entry);
    if (this.seen.size > this.limit) this.seen.delete(this.seen.keys().next().value as string);
    return locked;
  }
}
