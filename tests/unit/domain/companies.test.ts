import { describe, expect, it } from 'vitest';
import {
  createCompany,
  deleteCompany,
  findSimilarCompanies,
  listCompanies,
  updateCompany,
} from '../../../main/domain/companies';
import { creditCodeCheckChar } from '@contract/shared/creditCode';
import { companyNameKey } from '@contract/shared/companyName';
import { domainError, freshDb, rowCount } from '../testDb';

const actor = { name: '张科长' };
const code = (first17: string) => first17 + creditCodeCheckChar(first17);

describe('companies', () => {
  it('creates a company with a normalised credit code and audits it', () => {
    const db = freshDb();
    const c = createCompany(db, actor, {
      name: '  长城汽车（邳州）有限公司 ',
      creditCode: code('91320382MA1MXXXX0').toLowerCase(),
    });
    expect(c.name).toBe('长城汽车（邳州）有限公司');
    expect(c.creditCode).toBe(code('91320382MA1MXXXX0'));
    const audit = db.prepare(`SELECT actor, action, entity FROM audit_log`).all();
    expect(audit).toEqual([{ actor: '张科长', action: 'create', entity: 'company' }]);
  });

  it('refuses a bad credit code in Chinese and writes nothing', () => {
    const db = freshDb();
    const err = domainError(() =>
      createCompany(db, actor, { name: '某某科技有限公司', creditCode: '91330106MA2H2T0W6X' }),
    );
    expect(err.code).toBe('VALIDATION');
    expect(err.fields?.creditCode).toContain('校验位');
    expect(rowCount(db, 'companies')).toBe(0);
    expect(rowCount(db, 'audit_log')).toBe(0);
  });

  it('refuses a second company with the same credit code', () => {
    const db = freshDb();
    createCompany(db, actor, { name: '甲公司', creditCode: code('91330106MA2H2T0W6') });
    const err = domainError(() =>
      createCompany(db, actor, { name: '乙公司', creditCode: code('91330106MA2H2T0W6') }),
    );
    expect(err.code).toBe('DUPLICATE');
    expect(err.message).toContain('甲公司');
    expect(rowCount(db, 'companies')).toBe(1);
  });

  it('refuses an empty name and unknown fields', () => {
    const db = freshDb();
    expect(domainError(() => createCompany(db, actor, { name: '   ' })).fields?.name).toBe('请填写企业名称');
    expect(domainError(() => createCompany(db, actor, { name: '甲', evil: 1 })).code).toBe('VALIDATION');
  });

  it('updates only what changed and records before/after', () => {
    const db = freshDb();
    const c = createCompany(db, actor, { name: '海康威视数字技术股份有限公司', industry: '电子信息' });
    const u = updateCompany(db, actor, {
      id: c.id,
      patch: { industry: '安防', registeredCapital: 9_330_000_000 },
    });
    expect(u.industry).toBe('安防');
    const row = db.prepare(`SELECT before, after FROM audit_log WHERE action = 'update'`).get() as {
      before: string;
      after: string;
    };
    expect(JSON.parse(row.before)).toMatchObject({ industry: '电子信息', registeredCapital: null });
    expect(JSON.parse(row.after)).toMatchObject({ industry: '安防', registeredCapital: 9_330_000_000 });
    expect(JSON.parse(row.after)).not.toHaveProperty('name');
  });

  it('will not delete a company that still has projects', () => {
    const db = freshDb();
    const c = createCompany(db, actor, { name: '甲公司' });
    db.prepare(
      `INSERT INTO projects (name, company_id, stage_since, created_at, updated_at) VALUES ('项目', ?, '2024-01-01', 'x', 'x')`,
    ).run(c.id);
    expect(domainError(() => deleteCompany(db, actor, c.id)).code).toBe('IN_USE');
    expect(rowCount(db, 'companies')).toBe(1);
  });

  it('lists with SQL paging, sorting, filtering and search', () => {
    const db = freshDb();
    for (let i = 1; i <= 30; i++) {
      createCompany(db, actor, {
        name: `企业${String(i).padStart(2, '0')}有限公司`,
        industry: i % 2 ? '新能源汽车' : '生物医药',
        registeredCapital: i * 1_000_000,
      });
    }
    const page = listCompanies(db, {
      offset: 10,
      limit: 10,
      sort: [{ col: 'registeredCapital', dir: 'desc' }],
    });
    expect(page.total).toBe(30);
    expect(page.rows.map((r) => r.registeredCapital)).toEqual(
      Array.from({ length: 10 }, (_, i) => (20 - i) * 1_000_000),
    );
    const filtered = listCompanies(db, {
      filters: { industry: { type: 'text', op: 'equals', value: '生物医药' } },
    });
    expect(filtered.total).toBe(15);
    expect(listCompanies(db, { q: '企业07' }).rows.map((r) => r.name)).toEqual(['企业07有限公司']);
  });

  it('finds likely duplicates across bracket width, spaces and legal-form suffixes', () => {
    const db = freshDb();
    createCompany(db, actor, { name: '长城汽车（邳州）有限公司' });
    expect(findSimilarCompanies(db, '长城汽车(邳州)有限公司').map((c) => c.name)).toEqual([
      '长城汽车（邳州）有限公司',
    ]);
    expect(findSimilarCompanies(db, '长城汽车 (邳州) 股份有限公司')).toHaveLength(1);
    expect(findSimilarCompanies(db, '长城汽车（徐州）有限公司')).toHaveLength(0);
    expect(companyNameKey('某某集团有限公司')).toBe(companyNameKey('某某'));
  });
});
