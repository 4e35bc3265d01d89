import { describe, expect, it } from 'vitest';
import { createCompany, updateCompany } from '../../../main/domain/companies';
import { mergeCompanies } from '../../../main/domain/companyMerge/merge';
import { createStaff, createTeam, updateStaff, updateTeam } from '../../../main/domain/people';
import { createProject, listProjects, updateProject } from '../../../main/domain/projects';
import { undoEntry } from '../../../main/domain/undo/undo';
import { freshDb } from '../testDb';

const actor = { name: '项目科' };

function setup() {
  const db = freshDb();
  const a = createCompany(db, actor, { name: '安徽合力股份有限公司' });
  const b = createCompany(db, actor, { name: '宝钢股份有限公司' });
  const squad1 = createTeam(db, actor, { name: '一分队', kind: 'squad' });
  const squad2 = createTeam(db, actor, { name: '二分队', kind: 'squad' });
  const li = createStaff(db, actor, { name: '李专员', teamId: squad1.id });
  const wang = createStaff(db, actor, { name: '王专员', teamId: squad2.id });
  const x = createProject(db, actor, {
    name: '叉车项目',
    companyId: a.id,
    ownerId: li.id,
    teamId: squad1.id,
  });
  const y = createProject(db, actor, {
    name: '钢材项目',
    companyId: b.id,
    ownerId: wang.id,
    teamId: squad2.id,
  });
  const z = createProject(db, actor, { name: '无主项目' });
  const order = (col: string, dir: 'asc' | 'desc' = 'asc') =>
    listProjects(db, { offset: 0, limit: 10, sort: [{ col, dir }] }).rows.map((r) => r.name);
  return { db, a, b, squad1, squad2, li, wang, x, y, z, order };
}

describe('sorting projects by 投资方, 负责人 and 小分队', () => {
  it('orders by the names shown, empty ones last either way', () => {
    const { order } = setup();
    // The database's own order of the names (by code point): 安 < 宝, 李 < 王, 一 < 二.
    expect(order('companyName')).toEqual(['叉车项目', '钢材项目', '无主项目']);
    expect(order('companyName', 'desc')).toEqual(['钢材项目', '叉车项目', '无主项目']);
    expect(order('ownerName')).toEqual(['叉车项目', '钢材项目', '无主项目']);
    expect(order('teamName', 'desc')).toEqual(['钢材项目', '叉车项目', '无主项目']);
  });

  it('follows a rename of the company, person or team at once', () => {
    const { db, a, li, squad1, order } = setup();
    updateCompany(db, actor, { id: a.id, patch: { name: '海天味业股份有限公司' } });
    expect(order('companyName')).toEqual(['钢材项目', '叉车项目', '无主项目']);
    updateStaff(db, actor, { id: li.id, patch: { name: '赵专员' } });
    expect(order('ownerName')).toEqual(['钢材项目', '叉车项目', '无主项目']);
    updateTeam(db, actor, { id: squad1.id, patch: { name: '五分队' } });
    expect(order('teamName')).toEqual(['钢材项目', '叉车项目', '无主项目']);
  });

  it('follows a project moved to another company, owner or team, and the undo of it', () => {
    const { db, b, wang, squad2, z, order } = setup();
    updateProject(db, actor, { id: z.id, patch: { companyId: b.id, ownerId: wang.id, teamId: squad2.id } });
    // Same name: the newer project first when descending.
    expect(order('companyName', 'desc')).toEqual(['无主项目', '钢材项目', '叉车项目']);
    expect(order('ownerName', 'desc')).toEqual(['无主项目', '钢材项目', '叉车项目']);
    expect(order('teamName', 'desc')).toEqual(['无主项目', '钢材项目', '叉车项目']);
    const last = db.prepare('SELECT max(id) FROM audit_log').pluck().get() as number;
    undoEntry(db, actor, last);
    expect(order('companyName', 'desc')).toEqual(['钢材项目', '叉车项目', '无主项目']);
    expect(order('teamName', 'desc')).toEqual(['钢材项目', '叉车项目', '无主项目']);
  });

  it('filters on the name too, and keeps up with a merge of companies', () => {
    const { db, a, b } = setup();
    const named = (value: string) =>
      listProjects(db, {
        offset: 0,
        limit: 10,
        sort: [],
        filters: { companyName: { type: 'text', op: 'contains', value } },
      }).rows.map((r) => r.name);
    expect(named('宝钢')).toEqual(['钢材项目']);
    mergeCompanies(db, actor, { keepId: a.id, dropId: b.id, fromDrop: [] });
    expect(named('宝钢')).toEqual([]);
    expect(named('合力').sort()).toEqual(['叉车项目', '钢材项目'].sort());
  });
});
