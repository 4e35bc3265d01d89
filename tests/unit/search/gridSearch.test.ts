import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../../main/api/context';
import { dispatch } from '../../../main/api/dispatch';
import type { Db } from '../../../main/db/open';
import { createCompany, updateCompany } from '../../../main/domain/companies';
import { createContact } from '../../../main/domain/contacts';
import { createStaff, createTeam } from '../../../main/domain/people';
import { createProject } from '../../../main/domain/projects';
import { freshDb } from '../testDb';
import { clerk } from './helpers';

// The grids' own search boxes and the pickers find what Ctrl+K finds: Chinese as written,
// pinyin, initials, phone numbers however they are spaced.
async function names(ctx: ApiContext, channel: string, input: Record<string, unknown>): Promise<string[]> {
  const r = await dispatch(ctx, channel as 'companies.list', input);
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as { rows: { name?: string; title?: string }[] }).rows.map((x) =>
    String(x.name ?? x.title),
  );
}

describe('grid search boxes and pickers: one matching for every name', () => {
  let db: Db;
  let ctx: ApiContext;
  beforeAll(() => {
    db = freshDb();
    ctx = { db, actor: clerk, databasePath: '', appVersion: '0', emit() {} };
    const jy = createCompany(db, clerk, { name: '江阴兴澄特种钢铁有限公司' });
    const xy = createCompany(db, clerk, { name: '新亚汇成电子有限公司' });
    createCompany(db, clerk, { name: '杭州江阳物流有限公司' });
    createContact(db, clerk, { companyId: jy.id, name: '钱立军', mobile: '15184308423' });
    createContact(db, clerk, { companyId: xy.id, name: '孙红', mobile: '13900001111' });
    const team = createTeam(db, clerk, { name: '招商一分队' });
    const boss = createStaff(db, clerk, { name: '张伟', teamId: team.id, mobile: '13700002222' });
    createStaff(db, clerk, { name: '刘洋' });
    createProject(db, clerk, { name: '特钢深加工项目', companyId: jy.id, ownerId: boss.id });
    createProject(db, clerk, { name: '电子元件产业园项目', companyId: xy.id });
  });

  it('客商企业: initials from any syllable, full pinyin and Chinese as written', async () => {
    expect(await names(ctx, 'companies.list', { q: 'jyxc' })).toEqual(['江阴兴澄特种钢铁有限公司']);
    expect(await names(ctx, 'companies.list', { q: 'xc' })).toEqual(['江阴兴澄特种钢铁有限公司']);
    expect(await names(ctx, 'companies.list', { q: 'jiangyin' })).toEqual(['江阴兴澄特种钢铁有限公司']);
    expect(await names(ctx, 'companies.list', { q: '兴澄' })).toEqual(['江阴兴澄特种钢铁有限公司']);
    expect(await names(ctx, 'companies.list', { q: 'xyhc' })).toEqual(['新亚汇成电子有限公司']);
  });

  it('联系人: a mobile typed with spaces, by pinyin initials, or by the company’s name', async () => {
    expect(await names(ctx, 'contacts.list', { q: '151 8430 8423' })).toEqual(['钱立军']);
    expect(await names(ctx, 'contacts.list', { q: '8423' })).toEqual(['钱立军']);
    expect(await names(ctx, 'contacts.list', { q: 'qlj' })).toEqual(['钱立军']);
    expect(await names(ctx, 'contacts.list', { q: 'xyhc' })).toEqual(['孙红']);
  });

  it('招商项目: by its own, its company’s or its owner’s name in pinyin', async () => {
    expect(await names(ctx, 'projects.list', { q: 'tgsjg' })).toEqual(['特钢深加工项目']);
    expect(await names(ctx, 'projects.list', { q: 'jyxc' })).toEqual(['特钢深加工项目']);
    expect(await names(ctx, 'projects.list', { q: 'zw' })).toEqual(['特钢深加工项目']);
    expect(await names(ctx, 'projects.list', { q: '电子元件' })).toEqual(['电子元件产业园项目']);
  });

  it('pickers: 所属企业 and 负责人 find by initials and mobile through their channels', async () => {
    const picker = { limit: 20, sort: [{ col: 'name', dir: 'asc' }] };
    expect(await names(ctx, 'companies.list', { ...picker, q: 'xyhc' })).toEqual(['新亚汇成电子有限公司']);
    const active = { filters: { active: { type: 'set', values: [true] } } };
    expect(await names(ctx, 'staff.list', { ...active, q: 'zw' })).toEqual(['张伟']);
    expect(await names(ctx, 'staff.list', { ...active, q: 'liuyang' })).toEqual(['刘洋']);
    expect(await names(ctx, 'staff.list', { ...active, q: '137 0000 2222' })).toEqual(['张伟']);
  });

  it('a renamed company is found by its new name’s pinyin, not its old one', async () => {
    expect(await names(ctx, 'companies.list', { q: 'hzjy' })).toEqual(['杭州江阳物流有限公司']);
    const id = Number(
      db.prepare(`SELECT id FROM companies WHERE name = ?`).pluck().get('杭州江阳物流有限公司'),
    );
    updateCompany(db, clerk, { id, patch: { name: '杭州顺丰物流有限公司' } });
    expect(await names(ctx, 'companies.list', { q: 'hzsf' })).toEqual(['杭州顺丰物流有限公司']);
    expect(await names(ctx, 'companies.list', { q: 'hzjy' })).toEqual([]);
  });

  it('nothing matching: an empty page and a zero count', async () => {
    const r = await dispatch(ctx, 'projects.list', { q: '不存在的名字' });
    expect(r.ok && r.value).toMatchObject({ rows: [], total: 0 });
  });
});
