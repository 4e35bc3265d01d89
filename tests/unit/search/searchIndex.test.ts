import { describe, expect, it } from 'vitest';
import { createCompany, deleteCompany, updateCompany } from '../../../main/domain/companies';
import { createContact, deleteContact, updateContact } from '../../../main/domain/contacts';
import { createProject, deleteProject, updateProject } from '../../../main/domain/projects';
import { flushSearchQueue, rebuildSearchIndex, searchGlobal } from '../../../main/domain/search';
import { undoEntry } from '../../../main/domain/undo/undo';
import { freshDb, rowCount } from '../testDb';
import { clerk, titles } from './helpers';

const NOW = '2026-01-05T00:00:00.000Z';

describe('the search index follows every write', () => {
  it('finds a new company at once, finds it by its new name after a rename, not at all after a delete', () => {
    const db = freshDb();
    const c = createCompany(db, clerk, { name: '宁波舜宇光电信息有限公司' });
    expect(titles(db, 'syg', 'company')).toEqual(['宁波舜宇光电信息有限公司']);
    updateCompany(db, clerk, { id: c.id, patch: { name: '浙江水晶光电科技股份有限公司' } });
    expect(titles(db, 'syg', 'company')).toEqual([]);
    expect(titles(db, '舜宇', 'company')).toEqual([]);
    expect(titles(db, 'sjgd', 'company')).toEqual(['浙江水晶光电科技股份有限公司']);
    deleteCompany(db, clerk, c.id);
    expect(titles(db, 'sjgd', 'company')).toEqual([]);
    expect(rowCount(db, 'search_syllables')).toBe(0);
  });

  it('follows contacts: new phone, new name, deletion, and deletion with their company', () => {
    const db = freshDb();
    const c = createCompany(db, clerk, { name: '比亚迪股份有限公司' });
    const k = createContact(db, clerk, { companyId: c.id, name: '王传福', mobile: '13800000001' });
    expect(titles(db, 'wcf', 'contact')).toEqual(['王传福']);
    updateContact(db, clerk, { id: k.id, patch: { mobile: '13911112222' } });
    expect(titles(db, '0001', 'contact')).toEqual([]);
    expect(titles(db, '2222', 'contact')).toEqual(['王传福']);
    updateContact(db, clerk, { id: k.id, patch: { name: '王传富' } });
    expect(titles(db, '传福', 'contact')).toEqual([]);
    expect(titles(db, '传富', 'contact')).toEqual(['王传富']);
    deleteContact(db, clerk, k.id);
    expect(titles(db, 'wcf', 'contact')).toEqual([]);

    createContact(db, clerk, { companyId: c.id, name: '吕向阳' });
    expect(titles(db, 'lvxiangyang', 'contact')).toEqual(['吕向阳']);
    deleteCompany(db, clerk, c.id);
    // The company's contacts went with it (ON DELETE CASCADE): so do their index entries.
    expect(titles(db, 'lxy', 'contact')).toEqual([]);
    expect(rowCount(db, 'search_syllables')).toBe(0);
  });

  it('follows projects, and records put back by an undo', () => {
    const db = freshDb();
    const p = createProject(db, clerk, { name: '高端装备制造产业园项目' });
    expect(titles(db, 'gdzb', 'project')).toEqual(['高端装备制造产业园项目']);
    updateProject(db, clerk, { id: p.id, patch: { name: '新能源电池材料项目' } });
    expect(titles(db, 'gdzb', 'project')).toEqual([]);
    expect(titles(db, 'xnydc', 'project')).toEqual(['新能源电池材料项目']);
    deleteProject(db, clerk, p.id);
    expect(titles(db, '电池', 'project')).toEqual([]);
    const deletion = db.prepare(`SELECT max(id) FROM audit_log`).pluck().get() as number;
    undoEntry(db, clerk, deletion);
    expect(titles(db, '电池', 'project')).toEqual(['新能源电池材料项目']);
  });

  it('indexes rows written by plain SQL (imports, demo data) on the next search, or at once on rebuild', () => {
    const db = freshDb();
    const insert = db.prepare(
      `INSERT INTO companies (name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?)`,
    );
    insert.run('安徽江淮汽车集团股份有限公司', '安徽江淮汽车', NOW, NOW);
    expect(rowCount(db, 'search_queue')).toBe(1);
    expect(titles(db, 'jhqc', 'company')).toEqual(['安徽江淮汽车集团股份有限公司']);
    expect(rowCount(db, 'search_queue')).toBe(0);

    insert.run('奇瑞汽车股份有限公司', '奇瑞汽车', NOW, NOW);
    db.prepare(`UPDATE companies SET name = '安徽江淮汽车集团有限公司' WHERE id = 1`).run();
    expect(rebuildSearchIndex(db).indexed).toBe(2);
    expect(rowCount(db, 'search_queue')).toBe(0);
    expect(flushSearchQueue(db)).toBe(0);
    expect(titles(db, 'qiruiqiche', 'company')).toEqual(['奇瑞汽车股份有限公司']);
    expect(titles(db, '汽车', 'company')).toEqual(['奇瑞汽车股份有限公司', '安徽江淮汽车集团有限公司']);
  });

  it('never shows a hit the record no longer supports, even when the index lags behind', () => {
    const db = freshDb();
    createCompany(db, clerk, { name: '海尔智家股份有限公司' });
    searchGlobal(db, { q: 'x' });
    // Simulate an index that missed a rename (e.g. a write with the triggers absent).
    db.exec(`DROP TRIGGER companies_search_update`);
    db.prepare(`UPDATE companies SET name = '美的集团股份有限公司'`).run();
    expect(titles(db, 'hezj', 'company')).toEqual([]);
    expect(titles(db, '海尔', 'company')).toEqual([]);
  });
});
