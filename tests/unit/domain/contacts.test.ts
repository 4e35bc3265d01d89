import { describe, expect, it } from 'vitest';
import type { ApiContext } from '../../../main/api/context';
import { dispatch } from '../../../main/api/dispatch';
import { createCompany } from '../../../main/domain/companies';
import {
  createContact,
  deleteContact,
  getContact,
  listContacts,
  updateContact,
} from '../../../main/domain/contacts';
import { normalizePhone } from '@contract/contacts/schema';
import { createInteraction, getInteraction } from '../../../main/domain/interactions';
import { historyOf } from '../../../main/domain/store/audit';
import { domainError, freshDb, rowCount } from '../testDb';

const actor = { name: '招商一科' };

describe('normalizePhone', () => {
  it.each([
    ['138 0013 8000', '13800138000'],
    ['+86 138-0013-8000', '13800138000'],
    ['0086 13800138000', '13800138000'],
    ['１３８００１３８０００', '13800138000'],
    ['0571-8888 6666', '0571-88886666'],
    ['(0571)88886666 转 123', '0571-88886666转123'],
    ['0571-88886666 ext. 8', '0571-88886666转8'],
    ['010-12345678分机25', '010-12345678转25'],
    ['0571 8888 6666', '0571-88886666'],
    ['01012345678', '010-12345678'],
    ['+86 571 8888 6666', '0571-88886666'],
    ['+86 (10) 1234-5678', '010-12345678'],
    ['400-820-8820', '400-820-8820'],
    ['+86 400-820-8820', '+86-400-820-8820'],
    ['+852 9123 4567', '+85291234567'],
  ])('%s → %s', (raw, expected) => {
    const r = normalizePhone(raw);
    expect(r).toMatchObject({ ok: true, value: expected });
    if (r.ok) expect(normalizePhone(r.value)).toMatchObject({ ok: true, value: expected });
  });

  it.each([
    ['138-0013-800a', 'chars'],
    ['打电话给我', 'chars'],
    ['1234', 'length'],
  ])('refuses %s (%s)', (raw, problem) => {
    expect(normalizePhone(raw)).toEqual({ ok: false, problem });
  });
});

describe('contacts', () => {
  it('stores normalised numbers and lists contacts with their company name', () => {
    const db = freshDb();
    const a = createCompany(db, actor, { name: '海康威视数字技术股份有限公司' });
    const b = createCompany(db, actor, { name: '宁波某某电子有限公司' });
    const c = createContact(db, actor, {
      companyId: a.id,
      name: '胡董事长',
      title: '董事长',
      mobile: '+86 138 0013 8000',
      phone: '0571-8888 6666 转 123',
      isKey: true,
    });
    createContact(db, actor, { companyId: b.id, name: '毛经理', mobile: '' });
    expect(c).toMatchObject({
      mobile: '13800138000',
      phone: '0571-88886666转123',
      isKey: true,
      companyName: a.name,
    });
    expect(getContact(db, c.id).companyName).toBe(a.name);

    const all = listContacts(db, { sort: [{ col: 'companyName', dir: 'asc' }] });
    expect(all.total).toBe(2);
    expect(all.rows.find((r) => r.name === '毛经理')?.mobile).toBeNull();
    expect(listContacts(db, { companyId: a.id }).rows.map((r) => r.name)).toEqual(['胡董事长']);
    expect(listContacts(db, { q: '海康' }).rows.map((r) => r.name)).toEqual(['胡董事长']);
    expect(listContacts(db, { q: '13800138000' }).total).toBe(1);
    expect(listContacts(db, { filters: { isKey: { type: 'set', values: [true] } } }).total).toBe(1);
  });

  it('refuses a bad phone or an unknown company in Chinese and writes nothing', () => {
    const db = freshDb();
    const co = createCompany(db, actor, { name: '某某科技有限公司' });
    const before = rowCount(db, 'audit_log');
    const e1 = domainError(() =>
      createContact(db, actor, { companyId: co.id, name: '张三', phone: '0571-8888abc' }),
    );
    expect(e1.code).toBe('VALIDATION');
    expect(e1.fields?.phone).toBe('电话只能包含数字、空格、“-”、“+86”和分机号（如“转123”）');
    const e2 = domainError(() =>
      createContact(db, actor, { companyId: co.id, name: '张三', mobile: '0571-88886666' }),
    );
    expect(e2.fields?.mobile).toBe('手机应为11位手机号（境外号码请以“+国家代码”开头）');
    const e3 = domainError(() => createContact(db, actor, { companyId: 999, name: '张三' }));
    expect(e3.fields?.companyId).toBe('所选企业不存在或已被删除');
    const e4 = domainError(() => createContact(db, actor, { name: '张三' }));
    expect(e4.fields?.companyId).toBeTruthy();
    expect(rowCount(db, 'contacts')).toBe(0);
    expect(rowCount(db, 'audit_log')).toBe(before);
  });

  it('audits an edit with before and after values', () => {
    const db = freshDb();
    const co = createCompany(db, actor, { name: '某某科技有限公司' });
    const c = createContact(db, actor, { companyId: co.id, name: '李总', title: '总经理' });
    const after = updateContact(db, actor, { id: c.id, patch: { title: '董事长', wechat: 'li_zong' } });
    expect(after.title).toBe('董事长');
    expect(historyOf(db, 'contact', c.id)[0]).toMatchObject({
      actor: '招商一科',
      action: 'update',
      before: { title: '总经理', wechat: null },
      after: { title: '董事长', wechat: 'li_zong' },
    });
  });

  it('will not move someone who attended meetings to another company; deleting them is audited on the meeting', () => {
    const db = freshDb();
    const a = createCompany(db, actor, { name: '甲公司' });
    const b = createCompany(db, actor, { name: '乙公司' });
    const c1 = createContact(db, actor, { companyId: a.id, name: '甲一' });
    const c2 = createContact(db, actor, { companyId: a.id, name: '甲二' });
    const meeting = createInteraction(db, actor, {
      companyId: a.id,
      kind: 'visit_out',
      occurredOn: '2024-05-20',
      summary: '走访洽谈扩产',
      contactIds: [c1.id, c2.id],
    });
    const err = domainError(() => updateContact(db, actor, { id: c1.id, patch: { companyId: b.id } }));
    expect(err.fields?.companyId).toContain('1 条洽谈记录');
    expect(getContact(db, c1.id).companyId).toBe(a.id);

    deleteContact(db, actor, c1.id);
    expect(getInteraction(db, meeting.id).contactIds).toEqual([c2.id]);
    expect(historyOf(db, 'interaction', meeting.id)[0]).toMatchObject({
      before: { contactIds: [c1.id, c2.id] },
      after: { contactIds: [c2.id] },
    });
    expect(domainError(() => getContact(db, c1.id)).code).toBe('NOT_FOUND');
  });

  it('works through dispatch and refuses unknown keys', async () => {
    const db = freshDb();
    const ctx: ApiContext = { db, actor: { name: '测试' }, databasePath: '', appVersion: '0', emit() {} };
    const co = createCompany(db, actor, { name: '某某科技有限公司' });
    const ok = await dispatch(ctx, 'contacts.create', {
      companyId: co.id,
      name: '王总',
      mobile: '139 0000 2222',
    });
    expect(ok).toMatchObject({
      ok: true,
      value: { name: '王总', mobile: '13900002222', companyName: '某某科技有限公司' },
    });
    const extra = await dispatch(ctx, 'contacts.list', { companyId: co.id, owner: 1 });
    expect(extra).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const bad = await dispatch(ctx, 'contacts.create', { companyId: co.id, name: '刘总', mobile: '12345' });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { mobile: expect.stringContaining('手机') } },
    });
    expect(rowCount(db, 'contacts')).toBe(1);
    const list = await dispatch(ctx, 'contacts.list', { companyId: co.id });
    expect(list).toMatchObject({ ok: true, value: { total: 1 } });
  });
});
