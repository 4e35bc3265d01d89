import { describe, expect, it } from 'vitest';
import { PASSWORD_ENV, runUserCommand, type CliIo } from '../../../server/auth/cli';
import { ServerRefusal } from '../../../server/seams';
import { laptop, signedRequest, signInOf, TEAM_A, withAccounts } from './accountsDb';

interface Run {
  code: number;
  out: string;
  err: string;
}

describe('npm run server -- user / device / setting', () => {
  const t = withAccounts();

  /** Runs one command with the password from the environment, or typed answers at the prompt. */
  async function run(
    args: string,
    opts: { password?: string; typed?: (string | null)[] } = {},
  ): Promise<Run> {
    const out: string[] = [];
    const err: string[] = [];
    const typed = [...(opts.typed ?? [])];
    const io: CliIo = {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      env: opts.password === undefined ? {} : { [PASSWORD_ENV]: opts.password },
      askHidden: () => Promise.resolve(typed.length ? (typed.shift() ?? null) : null),
    };
    const code = await runUserCommand(args.split(' '), t.db.sql, io);
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  const refusalCode = (p: Promise<unknown>) =>
    p.then(
      () => 'allowed',
      (e: unknown) => (e instanceof ServerRefusal ? e.code : String(e)),
    );

  it('adds a team member who can then sign in, and lists them', async () => {
    const added = await run(`user add zhangsan --name 张三 --role team --team ${TEAM_A}`, {
      password: '招商引资2026',
    });
    expect(added).toMatchObject({ code: 0, out: '已添加账号 zhangsan（张三，小分队）。' });
    const answer = await t.auth.signIn(signInOf('zhangsan', laptop(), '招商引资2026'), 'ip');
    expect(answer.user).toMatchObject({
      user: 'zhangsan',
      displayName: '张三',
      role: 'team',
      teamGid: TEAM_A,
    });
    const list = await run('user list');
    expect(list.code).toBe(0);
    expect((await run('list')).out, 'without the leading "user"').toBe(list.out);
    expect(list.out).toMatch(
      new RegExp(`^zhangsan  张三  小分队  ${TEAM_A}  设备 1 台  最近同步 \\d{4}-.*  正常$`, 'm'),
    );
  });

  it('asks for the password twice at the prompt, and writes nothing when the two differ or no one can type', async () => {
    expect(
      await run('user add lisi --name 李四 --role 局领导', {
        typed: ['局领导的密码呀2026', '局领导的密码呀2026'],
      }),
    ).toMatchObject({
      code: 0,
    });
    expect((await t.auth.signIn(signInOf('lisi', laptop(), '局领导的密码呀2026'), 'ip')).user.role).toBe(
      'leader',
    );

    const differ = await run('user add wangwu --name 王五 --role office', {
      typed: ['第一次的密码2026', '第二次的密码2026'],
    });
    expect(differ).toMatchObject({ code: 1, err: '两次输入的密码不一致，未作改动。' });
    const noTerminal = await run('user add wangwu --name 王五 --role office');
    expect(noTerminal.code).toBe(2);
    expect(noTerminal.err).toContain(PASSWORD_ENV);
    expect((await run('user list')).out).not.toContain('wangwu');
  });

  it('refuses bad values with exit code 1 and a wrong command with 2 and the usage', async () => {
    const noTeam = await run('user add zhaoliu --name 赵六 --role team', { password: '足够长的密码2026' });
    expect(noTeam).toMatchObject({ code: 1 });
    expect(noTeam.err).toContain('--team');
    expect(
      (await run('user add zhaoliu --name 赵六 --role boss', { password: '足够长的密码2026' })).code,
    ).toBe(1);
    expect(
      (await run(`user add zhaoliu --name 赵六 --role team --team ${TEAM_A}`, { password: '短' })).err,
    ).toBe('密码至少 8 位');
    const taken = await run('user add ZhangSan --name 张三 --role office', { password: '足够长的密码2026' });
    expect(taken).toMatchObject({ code: 1, err: '账号“ZhangSan”已存在' });
    for (const wrong of [
      'user',
      'user add',
      'user add a b --name x --role office',
      'user list --all',
      'users list',
      'setting team-reads-others maybe',
    ]) {
      const r = await run(wrong, { password: '足够长的密码2026' });
      expect(r.code, wrong).toBe(2);
      expect(r.err, wrong).toContain('用法：');
    }
  });

  it('passwd: the old password stops working, sign-ins end, a lock is lifted', async () => {
    await run(`user add qianqi --name 钱七 --role team --team ${TEAM_A}`, { password: '原来的密码啊2026' });
    const device = laptop();
    const { token } = await t.auth.signIn(signInOf('qianqi', device, '原来的密码啊2026'), 'ip');
    await t.db.sql.query(
      `UPDATE users SET locked_until = now() + interval '10 minutes' WHERE login = 'qianqi'`,
    );
    expect(await run('user passwd qianqi', { password: '新设的密码啊2026' })).toMatchObject({ code: 0 });
    expect(await refusalCode(t.auth.authenticate(signedRequest(device, token)))).toBe('AUTH_TOKEN_REVOKED');
    expect(await refusalCode(t.auth.signIn(signInOf('qianqi', device, '原来的密码啊2026'), 'ip'))).toBe(
      'SIGNIN_FAILED',
    );
    expect(await refusalCode(t.auth.signIn(signInOf('qianqi', device, '新设的密码啊2026'), 'ip'))).toBe(
      'allowed',
    );
    expect((await run('user passwd nobody', { password: '新设的密码啊2026' })).code).toBe(1);
  });

  it('remove: the account’s laptop is refused on its very next request', async () => {
    await run(`user add sunba --name 孙八 --role team --team ${TEAM_A}`, { password: '孙八的密码啊2026' });
    const device = laptop();
    const { token } = await t.auth.signIn(signInOf('sunba', device, '孙八的密码啊2026'), 'ip');
    expect(await run('user remove sunba')).toMatchObject({
      code: 0,
      out: '已停用账号 sunba，1 个登录立即失效；其电脑不能再同步。',
    });
    expect(await refusalCode(t.auth.authenticate(signedRequest(device, token)))).toBe('AUTH_USER_REMOVED');
    expect((await run('user list')).out).not.toContain('sunba');
    expect((await run('user remove sunba')).code).toBe(1);
  });

  it('device remove: that laptop is refused at once, the account signs in elsewhere', async () => {
    await run(`user add zhoujiu --name 周九 --role team --team ${TEAM_A}`, { password: '周九的密码啊2026' });
    const [lost, fresh] = [laptop('丢失的笔记本'), laptop()];
    const { token } = await t.auth.signIn(signInOf('zhoujiu', lost, '周九的密码啊2026'), 'ip');
    expect((await run('device list')).out).toContain(`${lost.id}  丢失的笔记本  zhoujiu`);
    expect(await run(`device remove ${lost.id}`)).toMatchObject({ code: 0 });
    expect(await refusalCode(t.auth.authenticate(signedRequest(lost, token)))).toBe('AUTH_DEVICE_REMOVED');
    expect(await refusalCode(t.auth.signIn(signInOf('zhoujiu', lost, '周九的密码啊2026'), 'ip'))).toBe(
      'DEVICE_REMOVED',
    );
    expect(await refusalCode(t.auth.signIn(signInOf('zhoujiu', fresh, '周九的密码啊2026'), 'ip'))).toBe(
      'allowed',
    );
    expect((await run('device list')).out).toMatch(new RegExp(`${lost.id}.*已于 .* 移除`));
    expect((await run('device remove 0000000000000000')).code).toBe(1);
  });

  it('setting team-reads-others: members are told at their next request', async () => {
    await run(`user add wushi --name 吴十 --role team --team ${TEAM_A}`, { password: '吴十的密码啊2026' });
    const device = laptop();
    const { token, user } = await t.auth.signIn(signInOf('wushi', device, '吴十的密码啊2026'), 'ip');
    expect(user.readsOtherTeams).toBe(true);
    expect((await run('setting team-reads-others off')).code).toBe(0);
    expect((await t.auth.authenticate(signedRequest(device, token))).user.readsOtherTeams).toBe(false);
    expect((await run('setting team-reads-others on')).code).toBe(0);
    expect((await t.auth.authenticate(signedRequest(device, token))).user.readsOtherTeams).toBe(true);
  });
});
