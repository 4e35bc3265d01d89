import type { Db } from '../../db/open';
import type { Actor } from '../shared/actor';
import { companyNameKey } from '@contract/shared/companyName';
import { DomainError } from '@contract/shared/errors';
import type { ListQueryInput, Page } from '@contract/shared/listQuery';
import { parseOrThrow } from '../shared/validate';
import { drillListQuery } from '@contract/indicators/drillSchema';
import { drillWhere } from '../indicators/figures';
import { runList, type ListSpec } from '../store/list';
import { defineTable } from '../store/table';
import { companyCreate, companyUpdate, type Company, type CompanyRow } from '@contract/companies/schema';

export const companies = defineTable<Company & { nameKey?: string }>({
  table: 'companies',
  entity: 'company',
  label: '企业',
  columns: {
    id: 'id',
    name: 'name',
    nameKey: 'name_key',
    creditCode: 'credit_code',
    industry: 'industry',
    chain: 'chain',
    tier: 'tier',
    isChainLeader: 'is_chain_leader',
    hqAdcode: 'hq_adcode',
    hqAddress: 'hq_address',
    lng: 'lng',
    lat: 'lat',
    sourceChannel: 'source_channel',
    registeredCapital: 'registered_capital',
    website: 'website',
    intro: 'intro',
    talkingPoints: 'talking_points',
    notes: 'notes',
    createdAt: 'created_at',
    updatedAt: 'updated_at',
  },
  booleans: ['isChainLeader'],
});

const strip = ({ nameKey: _k, ...c }: Company & { nameKey?: string }): Company => c;

function assertCreditCodeFree(db: Db, code: string | null | undefined, exceptId?: number): void {
  if (!code) return;
  const other = db.prepare(`SELECT id, name FROM companies WHERE credit_code = ?`).get(code) as
    { id: number; name: string } | undefined;
  if (other && other.id !== exceptId) {
    throw new DomainError('DUPLICATE', `统一社会信用代码已被“${other.name}”使用`, {
      creditCode: `已被“${other.name}”使用`,
    });
  }
}

export function createCompany(db: Db, actor: Actor, input: unknown): Company {
  const data = parseOrThrow(companyCreate, input);
  return db
    .transaction(() => {
      assertCreditCodeFree(db, data.creditCode);
      return strip(companies.insert(db, actor, { ...data, nameKey: companyNameKey(data.name) }));
    })
    .immediate();
}

export function updateCompany(db: Db, actor: Actor, input: unknown): Company {
  const { id, patch } = parseOrThrow(companyUpdate, input);
  return db
    .transaction(() => {
      if (patch.creditCode !== undefined) assertCreditCodeFree(db, patch.creditCode, id);
      const values = patch.name !== undefined ? { ...patch, nameKey: companyNameKey(patch.name) } : patch;
      return strip(companies.update(db, actor, id, values));
    })
    .immediate();
}

export function deleteCompany(db: Db, actor: Actor, id: number): void {
  db.transaction(() => {
    const { n } = db.prepare(`SELECT count(*) AS n FROM projects WHERE company_id = ?`).get(id) as {
      n: number;
    };
    if (n > 0) throw new DomainError('IN_USE', `该企业下还有 ${n} 个招商项目，请先处理项目再删除企业`);
    companies.remove(db, actor, id);
  }).immediate();
}

export function getCompany(db: Db, id: number): Company {
  return strip(companies.require(db, id));
}

const listSpec: ListSpec = {
  from: 'companies c',
  select: `c.id, c.name, c.credit_code AS creditCode, c.industry, c.chain, c.tier, c.is_chain_leader AS isChainLeader,
    c.hq_adcode AS hqAdcode, c.hq_address AS hqAddress, c.lng, c.lat, c.source_channel AS sourceChannel,
    c.registered_capital AS registeredCapital, c.website, c.intro, c.talking_points AS talkingPoints, c.notes,
    c.created_at AS createdAt, c.updated_at AS updatedAt,
    (SELECT count(*) FROM projects p WHERE p.company_id = c.id) AS projectCount,
    (SELECT count(*) FROM contacts k WHERE k.company_id = c.id) AS contactCount`,
  key: 'c.id',
  columns: {
    id: { sql: 'c.id', type: 'number' },
    name: {
      sql: 'c.name',
      sortSql: 'c.name_sort',
      type: 'text',
      names: { kind: 'company', id: 'c.id', name: 'c.name' },
    },
    creditCode: { sql: 'c.credit_code', type: 'text' },
    industry: { sql: 'c.industry', type: 'text', values: { table: 'companies', column: 'industry' } },
    chain: { sql: 'c.chain', type: 'text', values: { table: 'companies', column: 'chain' } },
    tier: { sql: 'c.tier', type: 'text', values: { table: 'companies', column: 'tier' } },
    isChainLeader: { sql: 'c.is_chain_leader', type: 'bool' },
    hqAdcode: { sql: 'c.hq_adcode', type: 'number' },
    hqProvince: { sql: '(c.hq_adcode / 10000) * 10000', type: 'number' },
    sourceChannel: {
      sql: 'c.source_channel',
      type: 'text',
      values: { table: 'companies', column: 'source_channel' },
    },
    registeredCapital: { sql: 'c.registered_capital', type: 'number' },
    createdAt: { sql: 'c.created_at', type: 'date' },
    updatedAt: { sql: 'c.updated_at', type: 'date' },
    projectCount: {
      sql: '(SELECT count(*) FROM projects p WHERE p.company_id = c.id)',
      type: 'number',
      filterable: false,
    },
    contactCount: {
      sql: '(SELECT count(*) FROM contacts k WHERE k.company_id = c.id)',
      type: 'number',
      filterable: false,
    },
  },
  search: [],
  // The name, its pinyin and initials, and the credit code's beginning, as Ctrl+K finds them.
  searchNames: [{ kind: 'company', id: 'c.id', name: 'c.name' }],
  defaultSort: 'c.updated_at DESC',
};

export function listCompanies(db: Db, input: ListQueryInput | unknown): Page<CompanyRow> {
  const { drill, ...query } = parseOrThrow(drillListQuery, input);
  return runList<CompanyRow>(
    db,
    listSpec,
    query,
    drill && drillWhere(db, 'companies', drill),
    (r) => ({ ...r, isChainLeader: r.isChainLeader === 1 }) as CompanyRow,
  );
}

/** Same-name companies after normalising brackets, width and legal-form suffix. */
export function findSimilarCompanies(
  db: Db,
  name: string,
  exceptId?: number,
): Pick<Company, 'id' | 'name' | 'creditCode'>[] {
  return db
    .prepare(
      `SELECT id, name, credit_code AS creditCode FROM companies WHERE name_key = ? AND id <> ? LIMIT 10`,
    )
    .all(companyNameKey(name), exceptId ?? 0) as Pick<Company, 'id' | 'name' | 'creditCode'>[];
}
