import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../main/db/open';
import { createCompany, listCompanies } from '../../../main/domain/companies';
import { createProject, listProjects, updateProject } from '../../../main/domain/projects';
import { lastPlan, listPlanning } from '../../../main/domain/store/list';
import { undoEntry } from '../../../main/domain/undo/undo';
import { freshDb } from '../testDb';
import { statementsOf } from '../statementsOf';
import { clerk, containsPattern, containsQuery, rng } from './helpers';

// "Contains" on a column of few indexed values (拟选址, 行业, 信息来源 …) is answered from the
// column's index: the values containing the text, then their rows. It returns exactly what LIKE
// over every row returns, as keys sorted, as a walk with the keys, and as a walk with the values.

const PIECES = [...'经济开发区高新产业园临港物流B号地块%_（）() ab'];
const CHANNELS = ['驻外招商小分队', '以商招商', '中介推荐', '展会洽谈', null];

describe('contains on indexed value columns equals LIKE on random data', () => {
  let db: Db;
  const rand = rng(11);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const word = (n: number): string => Array.from({ length: n }, () => pick(PIECES)).join('');
  const sites: string[] = [];
  const saved = { ...listPlanning };
  afterEach(() => Object.assign(listPlanning, saved));

  beforeAll(() => {
    db = freshDb();
    for (let i = 0; i < 25; i++) sites.push(word(2 + Math.floor(rand() * 6)));
    for (let i = 0; i < 150; i++) {
      const co = createCompany(db, clerk, { name: `企业${i}有限公司`, sourceChannel: pick(CHANNELS) });
      createProject(db, clerk, {
        name: `项目${i}`,
        companyId: co.id,
        site: rand() < 0.7 ? pick(sites) : null,
        sourceChannel: pick(CHANNELS),
      });
    }
  });

  const like = (table: string, column: string, v: string): number[] =>
    db
      .prepare(`SELECT id FROM ${table} WHERE ${column} LIKE ? ESCAPE '\\' ORDER BY id`)
      .pluck()
      .all(containsPattern(v)) as number[];
  const query = containsQuery;

  it('拟选址 and 信息来源 on projects, 信息来源 on companies, under each plan', () => {
    const values = new Set(['开发区', '产业园', '%', '_', '（', 'AB', '招商', '推荐', '不存在的地方']);
    for (let i = 0; i < 40; i++) {
      const s = pick(sites);
      const at = Math.floor(rand() * Math.max(1, s.length - 2));
      values.add(s.slice(at, at + 1 + Math.floor(rand() * 3)));
    }
    const plans = new Set<string>();
    for (const [fewKeys, denseRows] of [
      [saved.fewKeys, saved.denseRows],
      [0, saved.denseRows],
      [0, 0],
    ] as const) {
      Object.assign(listPlanning, { fewKeys, denseRows });
      for (const v of values) {
        for (const [grid, col, table, column] of [
          [listProjects, 'site', 'projects', 'site'],
          [listProjects, 'sourceChannel', 'projects', 'source_channel'],
          [listCompanies, 'sourceChannel', 'companies', 'source_channel'],
        ] as const) {
          const page = grid(db, query(col, v));
          const expected = like(table, column, v);
          expect(
            page.rows.map((r) => r.id),
            `${table}.${column} contains “${v}”`,
          ).toEqual(expected);
          expect(page.total).toBe(expected.length);
          plans.add(lastPlan.get(db) ?? '');
        }
      }
    }
    expect([...plans].sort()).toEqual(['keys', 'none', 'walk']);
  });

  it('reads the values from the column’s index, not every row', () => {
    const fresh = freshDb();
    createProject(fresh, clerk, { name: '临港物流项目', site: '临港物流园B号地块' });
    const seen = statementsOf(fresh, () => listProjects(fresh, query('site', '物流')));
    for (const s of seen) {
      const plan = (
        fresh.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...s.params) as { detail: string }[]
      ).map((r) => r.detail);
      expect(
        plan.filter((d) => /^SCAN (p|projects)\b(?! USING COVERING INDEX projects_site)/.test(d)),
        s.sql,
      ).toEqual([]);
    }
  });

  it('follows create, update and undo', () => {
    const fresh = freshDb();
    const site = (v: string): string[] => listProjects(fresh, query('site', v)).rows.map((r) => r.name);
    const p = createProject(fresh, clerk, { name: '临港物流项目', site: '临港物流园B号地块' });
    expect(site('物流园')).toEqual(['临港物流项目']);
    updateProject(fresh, clerk, { id: p.id, patch: { site: '高新区标准厂房' } });
    expect(site('物流园')).toEqual([]);
    expect(site('厂房')).toEqual(['临港物流项目']);
    undoEntry(fresh, clerk, fresh.prepare(`SELECT max(id) FROM audit_log`).pluck().get() as number);
    expect(site('物流园')).toEqual(['临港物流项目']);
    expect(site('厂房')).toEqual([]);
  });
});
