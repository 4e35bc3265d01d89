import { describe, expect, it } from 'vitest';
import type { ApiContext } from '../../../main/api/context';
import { dispatch } from '../../../main/api/dispatch';
import { createCompany, updateCompany } from '../../../main/domain/companies';
import { createStaff, createTeam, listTeams, updateTeam } from '../../../main/domain/people';
import { createProject } from '../../../main/domain/projects';
import { sortKey } from '../../../main/domain/shared/sortKey';
import { freshDb } from '../testDb';
import { clerk } from './helpers';

const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

async function column(ctx: ApiContext, channel: string, col: string, dir: 'asc' | 'desc', field = col) {
  const r = await dispatch(ctx, channel as 'projects.list', { sort: [{ col, dir }], limit: 500 });
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as { rows: Record<string, unknown>[] }).rows.map((x) => x[field]);
}

// Fisher–Yates with a fixed seed: the records are written in an order unrelated to the wanted one.
function shuffled<T>(xs: readonly T[], seed = 7): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('names sort as Chinese offices expect', () => {
  it('the 小分队 column of 招商项目 runs 一 … 十二 in number order, both ways, and follows a rename', async () => {
    const db = freshDb();
    const ctx: ApiContext = { db, actor: clerk, databasePath: '', appVersion: '0', emit() {} };
    const co = createCompany(db, clerk, { name: '测试企业' });
    const teams = new Map<string, number>();
    for (const n of shuffled(ORDINALS)) {
      const t = createTeam(db, clerk, { name: `招商${n}分队` });
      teams.set(n, t.id);
      createProject(db, clerk, { name: `项目${n}`, companyId: co.id, teamId: t.id });
    }
    const wanted = ORDINALS.map((n) => `招商${n}分队`);
    expect(await column(ctx, 'projects.list', 'teamName', 'asc')).toEqual(wanted);
    expect(await column(ctx, 'projects.list', 'teamName', 'desc')).toEqual([...wanted].reverse());
    // Plain code-point order would not do it: that is the bug being fixed.
    expect([...wanted].sort()).not.toEqual(wanted);
    updateTeam(db, clerk, { id: teams.get('一') as number, patch: { name: '招商十三分队' } });
    const after = await column(ctx, 'projects.list', 'teamName', 'asc');
    expect(after.at(-1)).toBe('招商十三分队');
  });

  it('team pickers and the 目标任务 columns list 一 … 十二 分队 in number order, active teams first', () => {
    const db = freshDb();
    for (const n of shuffled(ORDINALS)) createTeam(db, clerk, { name: `招商${n}分队` });
    const retired = createTeam(db, clerk, { name: '招商零分队' });
    updateTeam(db, clerk, { id: retired.id, patch: { active: false } });
    expect(listTeams(db).map((t) => t.name)).toEqual([...ORDINALS.map((n) => `招商${n}分队`), '招商零分队']);
  });

  it('names sort by pinyin, 第1 第2 第10 by number, and a renamed company moves', async () => {
    const db = freshDb();
    const ctx: ApiContext = { db, actor: clerk, databasePath: '', appVersion: '0', emit() {} };
    const names = [
      '安徽海螺集团',
      '北京燕山石化',
      '重庆长安汽车',
      '长沙中联重科',
      '第1产业园',
      '第10产业园',
      '第2产业园',
      'ABB中国',
      '郑州宇通客车',
    ];
    for (const n of shuffled(names)) createCompany(db, clerk, { name: n });
    const asc = await column(ctx, 'companies.list', 'name', 'asc');
    expect(asc).toEqual([
      'ABB中国',
      '安徽海螺集团',
      '北京燕山石化',
      '长沙中联重科',
      '重庆长安汽车',
      '第1产业园',
      '第2产业园',
      '第10产业园',
      '郑州宇通客车',
    ]);
    const anhui = Number(db.prepare(`SELECT id FROM companies WHERE name = '安徽海螺集团'`).pluck().get());
    updateCompany(db, clerk, { id: anhui, patch: { name: '芜湖海螺集团' } });
    expect((await column(ctx, 'companies.list', 'name', 'asc')).at(-2)).toBe('芜湖海螺集团');
  });

  it('people sort by pinyin with surnames read as surnames; 负责人 on projects too', async () => {
    const db = freshDb();
    const ctx: ApiContext = { db, actor: clerk, databasePath: '', appVersion: '0', emit() {} };
    const co = createCompany(db, clerk, { name: '测试企业' });
    for (const n of shuffled(['赵敏', '单雄', '曾强', '艾青', '王伟'])) {
      const s = createStaff(db, clerk, { name: n });
      createProject(db, clerk, { name: `${n}的项目`, companyId: co.id, ownerId: s.id });
    }
    // 曾 zeng and 单 shan as surnames.
    const wanted = ['艾青', '单雄', '王伟', '曾强', '赵敏'];
    expect(await column(ctx, 'projects.list', 'ownerName', 'asc')).toEqual(wanted);
    expect(await column(ctx, 'staff.list', 'name', 'asc')).toEqual(wanted);
  });

  it('reads Chinese ordinals as numbers only where they count something', () => {
    expect(sortKey('招商十二分队') > sortKey('招商二分队')).toBe(true);
    expect(sortKey('第十一届') > sortKey('第九届')).toBe(true);
    expect(sortKey('十堰') > sortKey('南京')).toBe(true);
  });
});
