import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../main/db/open';
import { createCompany } from '../../../main/domain/companies';
import { createContact } from '../../../main/domain/contacts';
import { createProject } from '../../../main/domain/projects';
import { searchGlobal } from '../../../main/domain/search';
import { freshDb } from '../testDb';
import { clerk, code, marked, titles } from './helpers';

const HIKVISION_CODE = code('91330108MA27Y5T2E');

describe('global search: what people type finds what they mean', () => {
  let db: Db;
  beforeAll(() => {
    db = freshDb();
    const hik = createCompany(db, clerk, {
      name: '杭州海康威视数字技术股份有限公司',
      creditCode: HIKVISION_CODE,
      industry: '电子信息',
    });
    const gwm = createCompany(db, clerk, { name: '长城汽车（邳州）有限公司' });
    const cq = createCompany(db, clerk, { name: '重庆长安汽车股份有限公司' });
    createContact(db, clerk, { companyId: hik.id, name: '张家新', title: '董事长', mobile: '13812345678' });
    createContact(db, clerk, { companyId: hik.id, name: '张佳欣', phone: '0571-88886666' });
    createContact(db, clerk, { companyId: gwm.id, name: '李建国', mobile: '13900001111' });
    createContact(db, clerk, { companyId: cq.id, name: '单雄信' });
    createProject(db, clerk, { name: '海康威视智能物联产业园项目', companyId: hik.id });
    createProject(db, clerk, { name: '长城汽车零部件配套项目', companyId: gwm.id });
  });

  it('finds a contact by pinyin initials and marks the whole name', () => {
    // Equally good hits come newest first.
    expect(titles(db, 'zjx', 'contact')).toEqual(['张佳欣', '张家新']);
    expect(marked(db, 'zjx', 'contact')).toBe('张佳欣');
    expect(titles(db, 'ljg', 'contact')).toEqual(['李建国']);
    expect(titles(db, 'zjx', 'company')).toEqual([]);
  });

  it('finds 海康威视 inside a long company name by its initials, from any syllable', () => {
    expect(titles(db, 'hkws', 'company')).toEqual(['杭州海康威视数字技术股份有限公司']);
    expect(marked(db, 'hkws', 'company')).toBe('海康威视');
    expect(titles(db, 'hkws', 'project')).toEqual(['海康威视智能物联产业园项目']);
    expect(titles(db, 'hkwx', 'company')).toEqual([]);
  });

  it('finds by full pinyin, also while the last syllable is still being typed', () => {
    expect(titles(db, 'haikang', 'company')).toEqual(['杭州海康威视数字技术股份有限公司']);
    expect(marked(db, 'haikangw', 'company')).toBe('海康威');
    expect(titles(db, 'lijianguo', 'contact')).toEqual(['李建国']);
    // Homophones are both found: 家新 and 佳欣 are both jiaxin.
    expect(titles(db, 'zhangjiaxin', 'contact')).toEqual(['张佳欣', '张家新']);
    // Word-aware readings: 重庆 is chongqing, and 单 as a surname is shan.
    expect(titles(db, 'chongqing', 'company')).toEqual(['重庆长安汽车股份有限公司']);
    expect(titles(db, 'sxx', 'contact')).toEqual(['单雄信']);
  });

  it('finds two-character Chinese anywhere in a name, across full- and half-width brackets', () => {
    expect(titles(db, '威视', 'company')).toEqual(['杭州海康威视数字技术股份有限公司']);
    expect(titles(db, '家新', 'contact')).toEqual(['张家新']);
    expect(titles(db, '长城', 'project')).toEqual(['长城汽车零部件配套项目']);
    expect(titles(db, '汽车(邳州)', 'company')).toEqual(['长城汽车（邳州）有限公司']);
    expect(marked(db, '邳州', 'company')).toBe('邳州');
    expect(titles(db, '张', 'contact')).toEqual(['张佳欣', '张家新']);
    expect(titles(db, '视海', 'company')).toEqual([]);
  });

  it('finds a contact by a whole phone number, its beginning, its last four digits, or the local number', () => {
    expect(titles(db, '13812345678', 'contact')).toEqual(['张家新']);
    expect(titles(db, '138 1234', 'contact')).toEqual(['张家新']);
    expect(titles(db, '+86 138-1234-5678', 'contact')).toEqual(['张家新']);
    expect(marked(db, '5678', 'contact')).toBe('5678');
    expect(titles(db, '88886666', 'contact')).toEqual(['张佳欣']);
    expect(titles(db, '0571-8888', 'contact')).toEqual(['张佳欣']);
  });

  it('finds a company by its credit code, in either case', () => {
    expect(titles(db, HIKVISION_CODE, 'company')).toEqual(['杭州海康威视数字技术股份有限公司']);
    expect(titles(db, HIKVISION_CODE.slice(0, 10).toLowerCase(), 'company')).toEqual([
      '杭州海康威视数字技术股份有限公司',
    ]);
    const hit = searchGlobal(db, { q: HIKVISION_CODE }).groups[0]?.hits[0];
    expect(hit).toMatchObject({ matchedBy: 'creditCode', detail: HIKVISION_CODE, titleMarks: [] });
  });

  it('groups companies, projects and contacts, with context for each hit', () => {
    const r = searchGlobal(db, { q: '海康' });
    expect(r.groups.map((g) => g.kind)).toEqual(['company', 'project']);
    const project = r.groups[1]?.hits[0];
    expect(project).toMatchObject({ stage: 'lead', subtitle: '杭州海康威视数字技术股份有限公司' });
    const contact = searchGlobal(db, { q: '张家新' }).groups[0]?.hits[0];
    expect(contact?.subtitle).toBe('杭州海康威视数字技术股份有限公司 · 董事长');
  });

  it('puts exact matches first and honours the limit', () => {
    createContact(db, clerk, { companyId: 1, name: '张家新华' });
    expect(titles(db, 'zjx', 'contact')).toEqual(['张佳欣', '张家新', '张家新华']);
    const r = searchGlobal(db, { q: 'zjx', limit: 1 });
    expect(r.groups[0]).toMatchObject({ kind: 'contact', more: true });
    expect(r.groups[0]?.hits).toHaveLength(1);
  });

  it('answers nothing (and no error) for blank or punctuation-only input, and refuses over-long input', () => {
    expect(searchGlobal(db, { q: '  ' }).groups).toEqual([]);
    expect(searchGlobal(db, { q: '（）-' }).groups).toEqual([]);
    expect(() => searchGlobal(db, { q: '海'.repeat(101) })).toThrow('搜索内容不能超过100个字');
  });
});
