import Database from '../../../main/db/driver';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../main/db/open';
import { createCompany, listCompanies } from '../../../main/domain/companies';
import { createTeam } from '../../../main/domain/people';
import { createProject, listProjects } from '../../../main/domain/projects';
import { freshDb } from '../testDb';
import { clerk } from './helpers';
import { statementsOf } from '../statementsOf';

// The grid's text filters, search box and name sorts must stay fast on 100,000 projects
// (bench/gridText.bench.ts measures them): none may read a whole large table, and a name sort
// reads its key's index in order instead of sorting. Every statement a list call runs is caught
// and its plan read.

// Read on a second connection: the statements under test stay as they were.
function plan(db: Db, s: { sql: string; params: unknown[] }): string[] {
  const other = new Database(db.name, { readonly: true });
  other.function('office_today', () => '2026-06-30');
  try {
    return (other.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...s.params) as { detail: string }[]).map(
      (r) => r.detail,
    );
  } finally {
    other.close();
  }
}

// A whole-table read of projects (p), companies (c) or contacts (k); walking an index in order is fine.
const FULL_READ = /^SCAN (p|c|k|projects|companies|contacts)$/;

function seeded(): Db {
  const db = freshDb();
  const team = createTeam(db, clerk, { name: '招商一分队' });
  for (const n of ['宁德时代新能源科技股份有限公司', '江阴兴澄特种钢铁有限公司', '比亚迪股份有限公司']) {
    const co = createCompany(db, clerk, { name: n });
    createProject(db, clerk, { name: `${n.slice(0, 4)}动力电池项目`, companyId: co.id, teamId: team.id });
  }
  return db;
}

describe('query plans of the grid text paths', () => {
  const cases: [string, (db: Db) => unknown][] = [
    [
      '项目名称 contains',
      (db) => listProjects(db, { filters: { name: { type: 'text', op: 'contains', value: '宁德' } } }),
    ],
    [
      '投资方 contains',
      (db) => listProjects(db, { filters: { companyName: { type: 'text', op: 'contains', value: '江阴' } } }),
    ],
    [
      '企业名称 contains',
      (db) => listCompanies(db, { filters: { name: { type: 'text', op: 'contains', value: '兴澄' } } }),
    ],
    ['招商项目 search box', (db) => listProjects(db, { q: '宁德' })],
    ['招商项目 search box, pinyin', (db) => listProjects(db, { q: 'jyxc' })],
    ['客商企业 search box, initials', (db) => listCompanies(db, { q: 'jyxc' })],
  ];
  for (const [name, run] of cases) {
    it(`${name}: no statement reads a whole large table`, () => {
      const db = seeded();
      const statements = statementsOf(db, () => run(db));
      expect(statements.length).toBeGreaterThan(0);
      for (const s of statements.filter((x) => !x.sql.startsWith('EXPLAIN')))
        expect(
          plan(db, s).filter((d) => FULL_READ.test(d)),
          s.sql,
        ).toEqual([]);
    });
  }

  const sorts: [string, (db: Db) => unknown][] = [
    ['小分队', (db) => listProjects(db, { sort: [{ col: 'teamName', dir: 'asc' }] })],
    ['投资方', (db) => listProjects(db, { sort: [{ col: 'companyName', dir: 'desc' }] })],
    ['项目名称', (db) => listProjects(db, { sort: [{ col: 'name', dir: 'asc' }] })],
    ['企业名称', (db) => listCompanies(db, { sort: [{ col: 'name', dir: 'asc' }] })],
  ];
  for (const [name, run] of sorts) {
    it(`sorted by ${name}: the page's keys come off the pinyin key's index, unsorted`, () => {
      const db = seeded();
      const keys = statementsOf(db, () => run(db)).filter((s) => / ORDER BY .* LIMIT /s.test(s.sql));
      expect(keys).toHaveLength(1);
      const steps = plan(db, keys[0] as { sql: string; params: unknown[] });
      expect(steps.join('\n')).toMatch(/USING (COVERING )?INDEX \w+_(name_sort|team_key|company_key)/);
      expect(steps.join('\n')).not.toContain('TEMP B-TREE FOR ORDER BY');
    });
  }
});
