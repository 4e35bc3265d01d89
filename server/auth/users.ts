import { z } from 'zod';
import { DomainError } from '@contract/shared/errors';
import { ROLES, type Role } from '@contract/sync/serverProtocol';
import type { Sql } from '../store/sql';
import { revokeTokens } from './accounts';
import { hashPassword, type ScryptCost } from './passwords';

/** What the office does to accounts and laptops (the `user` and `device` commands). */

export const passwordSchema = z.string().min(8, '密码至少 8 位').max(200, '密码过长');

export const newUserSchema = z
  .strictObject({
    login: z.string().regex(/^[^\s\p{Cc}]{1,100}$/u, '账号为 1 至 100 个字符，不能含空格'),
    displayName: z.string().trim().min(1, '请填写姓名（--name）').max(100, '姓名过长'),
    role: z.enum(ROLES, '角色只能是 leader（局领导）、office（办公室）或 team（小分队）'),
    teamGid: z.string().trim().min(1).max(100, '小分队编号过长').nullable(),
  })
  .refine((u) => (u.role === 'team') === (u.teamGid !== null), {
    message: '小分队成员须用 --team 指定所属小分队；局领导和办公室不属于小分队，不加 --team',
    path: ['teamGid'],
  });
export type NewUser = z.infer<typeof newUserSchema>;

export function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new DomainError('VALIDATION', result.error.issues[0]?.message ?? '输入有误');
  return result.data;
}

const noAccount = (login: string): DomainError =>
  new DomainError('NOT_FOUND', `账号“${login}”不存在或已停用`);

export async function addUser(
  sql: Sql,
  input: NewUser,
  password: string,
  at: Date,
  cost?: ScryptCost,
): Promise<number> {
  const user = parse(newUserSchema, input);
  const hash = await hashPassword(parse(passwordSchema, password), cost);
  return sql.transaction(async (tx) => {
    const taken = await tx.query(
      `SELECT 1 FROM users WHERE lower(login) = lower($1) AND removed_at IS NULL FOR UPDATE`,
      [user.login],
    );
    if (taken.length) throw new DomainError('DUPLICATE', `账号“${user.login}”已存在`);
    const [row] = (await tx.query<{ id: number }>(
      `INSERT INTO users (login, display_name, role, team_gid, password_hash, created_at)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [user.login, user.displayName, user.role, user.teamGid, hash, at],
    )) as [{ id: number }];
    return row.id;
  });
}

/** A new password also lifts a lock and ends the account's sign-ins (someone may know the old one). */
export async function setPassword(
  sql: Sql,
  login: string,
  password: string,
  at: Date,
  cost?: ScryptCost,
): Promise<void> {
  const hash = await hashPassword(parse(passwordSchema, password), cost);
  await sql.transaction(async (tx) => {
    const [row] = await tx.query<{ id: number }>(
      `UPDATE users SET password_hash = $2, failed_attempts = 0, locked_until = NULL
        WHERE lower(login) = lower($1) AND removed_at IS NULL RETURNING id`,
      [login, hash],
    );
    if (!row) throw noAccount(login);
    await revokeTokens(tx, { userId: row.id }, at);
  });
}

/** Stops an account at once: its sign-ins end, its laptops can no longer sync. Returns the sign-ins ended. */
export async function removeUser(sql: Sql, login: string, at: Date): Promise<number> {
  return sql.transaction(async (tx) => {
    const [row] = await tx.query<{ id: number }>(
      `UPDATE users SET removed_at = $2 WHERE lower(login) = lower($1) AND removed_at IS NULL RETURNING id`,
      [login, at],
    );
    if (!row) throw noAccount(login);
    return revokeTokens(tx, { userId: row.id }, at);
  });
}

/** A lost or handed-back laptop: refused from now on, whoever signs in on it. */
export async function removeDevice(sql: Sql, device: string, at: Date): Promise<number> {
  return sql.transaction(async (tx) => {
    const rows = await tx.query(
      `UPDATE devices SET removed_at = $2 WHERE id = $1 AND removed_at IS NULL RETURNING 1`,
      [device.toLowerCase(), at],
    );
    if (!rows.length) throw new DomainError('NOT_FOUND', `设备“${device}”不存在或已移除`);
    return revokeTokens(tx, { device: device.toLowerCase() }, at);
  });
}

export interface UserListRow {
  login: string;
  display_name: string;
  role: Role;
  team_gid: string | null;
  locked_until: Date | null;
  devices: number;
  last_seen_at: Date | null;
}

export const listUsers = (sql: Sql): Promise<UserListRow[]> =>
  sql.query<UserListRow>(
    `SELECT u.login, u.display_name, u.role, u.team_gid, u.locked_until,
            count(d.id) FILTER (WHERE d.removed_at IS NULL) AS devices, max(d.last_seen_at) AS last_seen_at
       FROM users u LEFT JOIN devices d ON d.user_id = u.id
      WHERE u.removed_at IS NULL
      GROUP BY u.id ORDER BY u.login`,
  );

export interface DeviceListRow {
  id: string;
  name: string;
  login: string;
  registered_at: Date;
  last_seen_at: Date | null;
  removed_at: Date | null;
}

export const listDevices = (sql: Sql): Promise<DeviceListRow[]> =>
  sql.query<DeviceListRow>(
    `SELECT d.id, d.name, u.login, d.registered_at, d.last_seen_at, d.removed_at
       FROM devices d JOIN users u ON u.id = d.user_id ORDER BY u.login, d.registered_at`,
  );
