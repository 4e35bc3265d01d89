import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../main/db/open';
import { createCompany, listCompanies, updateCompany } from '../../../main/domain/companies';
import { mergeCompanies } from '../../../main/domain/companyMerge/merge';
import { createStaff, createTeam } from '../../../main/domain/people';
import { createProject, deleteProject, listProjects, updateProject } from '../../../main/domain/projects';
import { matchName } from '../../../main/domain/search/match';
import { parseQuery } from '../../../main/domain/search/query';
import { lastPlan, listPlanning } from '../../../main/domain/store/list';
import { undoEntry } from '../../../main/domain/undo/undo';
import { freshDb } from '../testDb';
import { statementsOf } from '../statementsOf';
import { clerk, rng } from './helpers';

// The 招商项目 search box and the name filters answered by keys from the search index return
// what a plain reading of every row returns, whichever plan the count picks: none, few keys
// sorted, or a walk along the sort order with the keys as a condition.

const SYLLABLES = [...'宁德时代电池新能源江阴东星海康威视长城汽车兴澄钢铁比亚迪科技重庆'];
const INDUSTRIES = ['新能源电池', '汽车零部件', '电子信息', '钢铁冶金', null];

interface Truth {
  id: number;
  name: string;
  company: string | null;
  owner: string | null;
  industry: string | null;
  stage: string;
}

const STAGES = ['lead', 'negotiating', 'signed'] as const;

describe('grid text by keys from the search index', () => {
  let db: Db;
  const truth: Truth[] = [];
  const rand = rng(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const word = (n: number): string => Array.from({ length: n }, () => pick(SYLLABLES)).join('');
  const fewKeys = listPlanning.fewKeys;
  afterEach(() => {
    listPlanning.fewKeys = fewKeys;
  });

  beforeAll(() => {
    db = freshDb();
    const team = createTeam(db, clerk, { name: '招商一分队' });
    const owners = ['张伟', '宁海东', '陈星'].map((name) =>
      createStaff(db, clerk, { name, teamId: team.id }),
    );
    const companies = Array.from({ length: 40 }, (_, i) =>
      createCompany(db, clerk, { name: `${word(2 + Math.floor(rand() * 4))}有限公司${i}` }),
    );
    for (let i = 0; i < 160; i++) {
      const company = rand() < 0.9 ? pick(companies) : null;
      const owner = rand() < 0.7 ? pick(owners) : null;
      const industry = pick(INDUSTRIES);
      const stage = pick(STAGES);
      const p = createProject(db, clerk, {
        name: `${word(1 + Math.floor(rand() * 5))}项目${i}`,
        companyId: company?.id ?? null,
        ownerId: owner?.id ?? null,
        industry,
        stage,
      });
      truth.push({
        id: p.id,
        name: p.name,
        company: company?.name ?? null,
        owner: owner?.name ?? null,
        industry,
        stage,
      });
    }
  });

  /** The search box by definition: a name as written or by pinyin, or 行业 as written. */
  function found(q: string): number[] {
    const parsed = parseQuery(q);
    const text = q.trim().toLowerCase();
    const name = (n: string | null, person = false): boolean =>
      n !== null &&
      (n.toLowerCase().includes(text) || (parsed !== null && matchName(n, parsed, null, person) !== null));
    return truth
      .filter(
        (t) => name(t.name) || name(t.company) || name(t.owner, true) || (t.industry ?? '').includes(text),
      )
      .map((t) => t.id);
  }

  const byId = { limit: 500, sort: [{ col: 'id', dir: 'asc' as const }] };
  const ids = (page: { rows: { id: number }[] }): number[] => page.rows.map((r) => r.id);

  function queries(): string[] {
    const out = new Set([
      '宁德',
      '江阴东星',
      '电池',
      'nd',
      'ningde',
      'jydx',
      'dc',
      'zw',
      'chenxing',
      '新能源',
      '项目1',
      'zzz',
      '锂',
    ]);
    for (let i = 0; i < 30; i++) {
      const t = pick(truth);
      const at = Math.floor(rand() * Math.max(1, t.name.length - 3));
      out.add(t.name.slice(at, at + 1 + Math.floor(rand() * 3)));
    }
    return [...out];
  }

  it('the search box finds what reading every row finds, with pinyin, under each plan', () => {
    let some = 0;
    for (const q of queries()) {
      const expected = found(q);
      if (expected.length) some++;
      for (const few of [fewKeys, 0]) {
        listPlanning.fewKeys = few;
        const page = listProjects(db, { ...byId, q });
        expect(ids(page), `“${q}”, ${lastPlan.get(db)}`).toEqual(expected);
        expect(page.total).toBe(expected.length);
        // With another condition the count is read, not taken from the keys.
        const signed = listProjects(db, {
          ...byId,
          q,
          filters: { stage: { type: 'set', values: ['signed'] } },
        });
        const expectedSigned = expected.filter((id) => truth.find((t) => t.id === id)?.stage === 'signed');
        expect(ids(signed), `“${q}” and signed`).toEqual(expectedSigned);
        expect(signed.total).toBe(expectedSigned.length);
      }
    }
    expect(some).toBeGreaterThan(20);
  });

  it('pages sorted by name come out alike whichever plan reads them', () => {
    for (const q of ['电池', 'nd', '项目']) {
      const pages = [fewKeys, 0].map((few) => {
        listPlanning.fewKeys = few;
        const out: number[] = [];
        for (let offset = 0; offset < 200; offset += 7)
          out.push(...ids(listProjects(db, { offset, limit: 7, sort: [{ col: 'name', dir: 'desc' }], q })));
        return out;
      });
      expect(pages[0]).toEqual(pages[1]);
      expect([...(pages[0] ?? [])].sort((a, b) => a - b)).toEqual(found(q));
    }
  });

  it('several name filters and the search box together intersect', () => {
    const filters = {
      name: { type: 'text' as const, op: 'contains' as const, value: '项目' },
      companyName: { type: 'text' as const, op: 'contains' as const, value: '有限' },
    };
    const page = listProjects(db, { ...byId, q: 'dc', filters });
    const expected = found('dc').filter((id) => truth.find((t) => t.id === id)?.company !== null);
    expect(ids(page)).toEqual(expected);
    expect(page.total).toBe(expected.length);
  });

  it('picks the plan from the count; nothing matching runs no count and no page query', () => {
    const none = statementsOf(db, () =>
      expect(listProjects(db, { q: '锂电池隔膜' })).toEqual({ rows: [], total: 0 }),
    );
    expect(lastPlan.get(db)).toBe('none');
    expect(none.filter((s) => /count\(\*\)|LIMIT/.test(s.sql) && /FROM projects p/.test(s.sql))).toEqual([]);
    listProjects(db, { q: '项目1' });
    expect(lastPlan.get(db)).toBe('keys');
    listPlanning.fewKeys = 2;
    listProjects(db, { q: '项目' });
    expect(lastPlan.get(db)).toBe('walk');
  });

  it('bad input is still refused when nothing matches', () => {
    expect(() =>
      listProjects(db, { q: '锂电池隔膜', filters: { nope: { type: 'text', op: 'contains', value: 'x' } } }),
    ).toThrow(/不能按“nope”筛选/);
  });
});

describe('grid text by keys follows every write', () => {
  it('create, rename, delete, merge and undo', () => {
    const db = freshDb();
    const filter = (value: string) => ({
      filters: { companyName: { type: 'text' as const, op: 'contains' as const, value } },
    });
    const names = (q: Parameters<typeof listProjects>[1]): string[] =>
      listProjects(db, q).rows.map((r) => r.name);
    const a = createCompany(db, clerk, { name: '宁德时代新能源科技股份有限公司' });
    const b = createCompany(db, clerk, { name: '宁德時代新能源有限公司' });
    const p = createProject(db, clerk, { name: '动力电池项目', companyId: b.id });
    expect(names({ q: 'ndsd' })).toEqual(['动力电池项目']);
    expect(names(filter('時代'))).toEqual(['动力电池项目']);
    updateCompany(db, clerk, { id: b.id, patch: { name: '江阴东星有限公司' } });
    expect(names(filter('時代'))).toEqual([]);
    expect(names({ q: 'jydx' })).toEqual(['动力电池项目']);
    mergeCompanies(db, clerk, { keepId: a.id, dropId: b.id, fromDrop: [] });
    expect(names({ q: 'jydx' })).toEqual([]);
    expect(names(filter('时代'))).toEqual(['动力电池项目']);
    updateProject(db, clerk, { id: p.id, patch: { name: '储能电站项目' } });
    expect(names({ q: 'cndz' })).toEqual(['储能电站项目']);
    deleteProject(db, clerk, p.id);
    expect(names({ q: 'cndz' })).toEqual([]);
    undoEntry(db, clerk, db.prepare(`SELECT max(id) FROM audit_log`).pluck().get() as number);
    expect(names({ q: 'cndz' })).toEqual(['储能电站项目']);
    expect(listCompanies(db, { q: 'jydx' }).total).toBe(0);
  });
});
