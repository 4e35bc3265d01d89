import type { Role, ServerUser } from '@contract/sync/serverProtocol';
import type { Sql } from '../store/sql';

/** The account and device rows sign-in, request checks and the user command share. */
export interface UserRow {
  id: number;
  login: string;
  display_name: string;
  role: Role;
  team_gid: string | null;
  password_hash: string;
  failed_attempts: number;
  locked_until: Date | null;
  removed_at: Date | null;
}

/** The account a login names now (logins compare without case; removed accounts are gone). */
export async function activeUser(sql: Sql, login: string): Promise<UserRow | undefined> {
  const [row] = await sql.query<UserRow>(
    `SELECT id, login, display_name, role, team_gid, password_hash, failed_attempts, locked_until, removed_at
       FROM users WHERE lower(login) = lower($1) AND removed_at IS NULL`,
    [login],
  );
  return row;
}

export async function teamReadsOthers(sql: Sql): Promise<boolean> {
  const [row] = await sql.query<{ team_reads_others: boolean }>(
    `SELECT team_reads_others FROM office_settings`,
  );
  return row?.team_reads_others ?? true;
}

export async function setTeamReadsOthers(sql: Sql, on: boolean): Promise<void> {
  await sql.query(`UPDATE office_settings SET team_reads_others = $1`, [on]);
}

/** What the laptop is told about its account: 局领导 and 办公室 read everything anyway. */
export const serverUserOf = (
  row: Pick<UserRow, 'login' | 'display_name' | 'role' | 'team_gid'>,
  readsOthers: boolean,
): ServerUser => ({
  user: row.login,
  displayName: row.display_name,
  role: row.role,
  teamGid: row.role === 'team' ? row.team_gid : null,
  readsOtherTeams: row.role === 'team' ? readsOthers : true,
});

/** Ends every live sign-in of a user or of a device at once: their next request is refused. */
export async function revokeTokens(
  sql: Sql,
  of: { userId: number } | { device: string },
  at: Date,
): Promise<number> {
  const [column, value] = 'userId' in of ? ['user_id', of.userId] : ['device', of.device];
  const rows = await sql.query(
    `UPDATE tokens SET revoked_at = $2 WHERE ${column} = $1 AND revoked_at IS NULL RETURNING 1`,
    [value, at],
  );
  return rows.length;
}
