import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { now } from '@contract/shared/clock';
import { DomainError } from '@contract/shared/errors';
import type { Role } from '@contract/sync/serverProtocol';
import type { Sql } from '../store/sql';
import { setTeamReadsOthers, teamReadsOthers } from './accounts';
import {
  addUser,
  listDevices,
  listUsers,
  newUserSchema,
  parse,
  removeDevice,
  removeUser,
  setPassword,
} from './users';

/**
 * `npm run server -- user …`, `device …` and `setting …`: the office's accounts from the
 * server's console. Exit codes: 0 done, 1 refused (no such account, login taken, bad value),
 * 2 the command itself is wrong (the usage is printed).
 */

/** For scripts: the password comes from here instead of being asked. */
export const PASSWORD_ENV = 'LEADATLAS_USER_PASSWORD';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** Asks for a password without echoing it; null when there is no terminal to ask on. */
  askHidden(prompt: string): Promise<string | null>;
}

export const USAGE = `用法：
  npm run server -- user add <账号> --name <姓名> --role <leader|office|team> [--team <小分队编号>]
  npm run server -- user passwd <账号>
  npm run server -- user remove <账号>
  npm run server -- user list
  npm run server -- device list
  npm run server -- device remove <设备编号>
  npm run server -- setting team-reads-others <on|off>
角色：leader 局领导，office 办公室，team 小分队成员（须加 --team，填小分队的编号）。
密码在终端中输入两次；脚本中可改由环境变量 ${PASSWORD_ENV} 提供。`;

const ROLE_NAMES: Record<Role, string> = { leader: '局领导', office: '办公室', team: '小分队' };
const ROLE_OF: Record<string, Role> = { 局领导: 'leader', 办公室: 'office', 小分队: 'team' };

class UsageError extends Error {}

const two = (n: number): string => String(n).padStart(2, '0');
const when = (d: Date | null): string =>
  d
    ? `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`
    : '—';

function askHiddenOnTerminal(prompt: string): Promise<string | null> {
  if (!process.stdin.isTTY) return Promise.resolve(null);
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    process.stdout.write(prompt);
    // Echo nothing of what is typed, only the line end.
    (rl as unknown as { _writeToOutput(s: string): void })._writeToOutput = (s) => {
      if (s.includes('\n')) process.stdout.write('\n');
    };
    rl.question('', (answer) => {
      rl.close();
      resolve(answer);
    });
    rl.on('SIGINT', () => {
      rl.close();
      resolve(null);
    });
  });
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
  askHidden: askHiddenOnTerminal,
};

async function newPassword(io: CliIo): Promise<string> {
  const fromEnv = io.env[PASSWORD_ENV];
  if (fromEnv !== undefined) return fromEnv;
  const first = await io.askHidden('请输入新密码（至少 8 位）：');
  if (first === null)
    throw new UsageError(`没有可输入密码的终端：请在终端中运行，或用环境变量 ${PASSWORD_ENV} 提供密码。`);
  const again = await io.askHidden('请再输入一次：');
  if (again !== first) throw new DomainError('VALIDATION', '两次输入的密码不一致，未作改动。');
  return first;
}

function positionals(args: string[], count: number): string[] {
  const { positionals: rest } = parseArgs({ args, allowPositionals: true, strict: true, options: {} });
  if (rest.length !== count) throw new UsageError('参数个数不对。');
  return rest;
}

async function userCommand(verb: string | undefined, args: string[], sql: Sql, io: CliIo): Promise<void> {
  const at = now();
  switch (verb) {
    case 'add': {
      const { values, positionals: rest } = parseArgs({
        args,
        allowPositionals: true,
        strict: true,
        options: { name: { type: 'string' }, role: { type: 'string' }, team: { type: 'string' } },
      });
      if (rest.length !== 1) throw new UsageError('请给出一个账号。');
      const role = values.role === undefined ? undefined : (ROLE_OF[values.role] ?? values.role);
      // The password is asked for only once the rest is known to be right.
      const input = parse(newUserSchema, {
        login: rest[0],
        displayName: values.name ?? '',
        role,
        teamGid: values.team ?? null,
      });
      await addUser(sql, input, await newPassword(io), at);
      io.out(`已添加账号 ${input.login}（${input.displayName}，${ROLE_NAMES[input.role]}）。`);
      return;
    }
    case 'passwd': {
      const [login] = positionals(args, 1) as [string];
      await setPassword(sql, login, await newPassword(io), at);
      io.out(`已重设 ${login} 的密码并解除锁定；该账号原有的登录均已失效，需用新密码重新登录。`);
      return;
    }
    case 'remove': {
      const [login] = positionals(args, 1) as [string];
      const ended = await removeUser(sql, login, at);
      io.out(`已停用账号 ${login}，${ended} 个登录立即失效；其电脑不能再同步。`);
      return;
    }
    case 'list': {
      positionals(args, 0);
      const users = await listUsers(sql);
      if (!users.length) io.out('还没有账号。用 user add 添加。');
      for (const u of users) {
        const state = u.locked_until && u.locked_until > at ? `锁定至 ${when(u.locked_until)}` : '正常';
        io.out(
          [
            u.login,
            u.display_name,
            ROLE_NAMES[u.role],
            u.team_gid ?? '—',
            `设备 ${u.devices} 台`,
            `最近同步 ${when(u.last_seen_at)}`,
            state,
          ].join('  '),
        );
      }
      return;
    }
    default:
      throw new UsageError(`未知的 user 子命令：${verb ?? '（无）'}`);
  }
}

async function deviceCommand(verb: string | undefined, args: string[], sql: Sql, io: CliIo): Promise<void> {
  if (verb === 'remove') {
    const [id] = positionals(args, 1) as [string];
    const ended = await removeDevice(sql, id, now());
    io.out(`已移除设备 ${id}，${ended} 个登录立即失效；这台电脑不能再同步。`);
    return;
  }
  if (verb === 'list') {
    positionals(args, 0);
    for (const d of await listDevices(sql))
      io.out(
        [
          d.id,
          d.name || '（未命名）',
          d.login,
          `登记于 ${when(d.registered_at)}`,
          `最近同步 ${when(d.last_seen_at)}`,
          d.removed_at ? `已于 ${when(d.removed_at)} 移除` : '正常',
        ].join('  '),
      );
    return;
  }
  throw new UsageError(`未知的 device 子命令：${verb ?? '（无）'}`);
}

async function settingCommand(name: string | undefined, args: string[], sql: Sql, io: CliIo): Promise<void> {
  if (name !== 'team-reads-others') throw new UsageError(`未知的设置：${name ?? '（无）'}`);
  const [value] = positionals(args, 1);
  if (value !== 'on' && value !== 'off') throw new UsageError('设置值只能是 on 或 off。');
  await setTeamReadsOthers(sql, value === 'on');
  io.out(
    (await teamReadsOthers(sql))
      ? '已设置：小分队成员可查看其他小分队的项目、企业和行程（只读），下次同步时送达。'
      : '已设置：小分队成员只收到本小分队的项目、企业和行程；已同步到其电脑上的其他小分队记录不会自动删除。',
  );
}

const USER_VERBS = new Set(['add', 'passwd', 'remove', 'list']);

/** Runs one command (`user …`, `device …` or `setting …`, as typed after `npm run server --`). */
export async function runUserCommand(args: string[], sql: Sql, io: CliIo = processIo): Promise<number> {
  // Also when the caller has taken the leading `user` off already.
  const full = USER_VERBS.has(args[0] ?? '') ? ['user', ...args] : args;
  const [group, verb, ...rest] = full;
  try {
    if (group === 'user') await userCommand(verb, rest, sql, io);
    else if (group === 'device') await deviceCommand(verb, rest, sql, io);
    else if (group === 'setting') await settingCommand(verb, rest, sql, io);
    else throw new UsageError(`未知的命令：${group ?? '（无）'}`);
    return 0;
  } catch (err) {
    if (err instanceof DomainError) {
      io.err(err.message);
      return 1;
    }
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err((err as Error).message);
      io.err(USAGE);
      return 2;
    }
    throw err;
  }
}
