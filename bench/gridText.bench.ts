// Text on the grids: "contains" filters with few and many matches and the grid's own search box,
// through dispatch against the same page written by hand on the same indexes (the search index's
// FTS tables, each candidate's name checked with LIKE on the (id, name) index of migration 9), so
// the ratio is the cost of our layer, not of the plan. By hand means the straightforward
// statement: the matching keys as one subquery (a UNION for the search box's parts), the page
// sorted from them, the count of them; both skip the page when the count is 0.
import type { ApiContext } from '../main/api/context';
import type { Db } from '../main/db/open';
import { PROJECT_FROM, PROJECT_SELECT } from '../main/domain/projects/table';
import { valuesLike } from '../main/domain/store/list';
import { slimFrom } from '../main/domain/store/slimFrom';
import { call } from './context';
import { timePair, type Plan } from './measure';
import { row, type BenchRow } from './stats';

const PAGE = 100;
const GRID = { p95Ms: 20, maxRatio: 1.5, slackMs: 1 };

interface Grid {
  channel: 'projects.list' | 'companies.list';
  from: string;
  select: string;
  key: string;
  order: string;
}

const PROJECTS: Grid = {
  channel: 'projects.list',
  from: PROJECT_FROM,
  select: PROJECT_SELECT,
  key: 'p.id',
  order: 'p.updated_at DESC, p.id DESC',
};
const COMPANIES: Grid = {
  channel: 'companies.list',
  from: 'companies c',
  select: `c.*, (SELECT count(*) FROM projects p WHERE p.company_id = c.id) AS projectCount,
    (SELECT count(*) FROM contacts k WHERE k.company_id = c.id) AS contactCount`,
  key: 'c.id',
  order: 'c.updated_at DESC, c.id DESC',
};

/**
 * The page by hand: the keys `matching` selects (SQL giving one column of keys), the page's keys
 * in order from them, those rows, and the count; the page skipped when none match.
 */
function rawPage(db: Db, g: Grid, matching: string): (params: unknown[]) => void {
  const keys = `WITH m(id) AS (${matching})`;
  const from = `m CROSS JOIN ${slimFrom(g.from, g.order)} ON ${g.key} = m.id`;
  const ids = db.prepare(`${keys} SELECT ${g.key} FROM ${from} ORDER BY ${g.order} LIMIT ${PAGE}`).pluck();
  const rows = db.prepare(
    `SELECT ${g.select} FROM ${g.from} WHERE ${g.key} IN (SELECT value FROM json_each(?))`,
  );
  const count = db.prepare(`${keys} SELECT count(*) FROM m`).pluck();
  return (params) => {
    if ((count.get(...params) as number) > 0) rows.all(JSON.stringify(ids.all(...params)));
  };
}

const fts = (kind: string, table: string): string =>
  `SELECT id FROM ${table} INDEXED BY ${table}_id_name
     WHERE id IN (SELECT rowid FROM search_${kind} WHERE search_${kind} MATCH ?) AND name LIKE ?`;
// 行业 and 产业链 values: found by stepping down the column's index, as ours does.
const valuesOf = (column: string): string =>
  `SELECT id FROM projects WHERE ${column} ${valuesLike('projects', column)}`;
const pairs = (s: string): string =>
  s.length === 1
    ? `"${s}"*`
    : Array.from({ length: s.length - 1 }, (_, i) => `"${s.slice(i, i + 2)}"`).join(' ');

interface Case {
  name: string;
  grid: Grid;
  input: Record<string, unknown>;
  /** SQL of the matching keys. */
  matching: string;
  params: unknown[];
}

function cases(db: Db): Case[] {
  const count = (sql: string, v: string): number =>
    db.prepare(`SELECT count(*) FROM ${sql} LIKE ?`).pluck().get(`%${v}%`) as number;
  const contains = (col: string, value: string) => ({
    filters: { [col]: { type: 'text', op: 'contains', value } },
  });
  const out: Case[] = [];
  for (const v of ['宁德时代', '宁德', '电池', '锂']) {
    out.push({
      name: `contains 项目名称 “${v}” (${count('projects WHERE name', v)} rows)`,
      grid: PROJECTS,
      input: contains('name', v),
      matching: fts('project', 'projects'),
      params: [pairs(v), `%${v}%`],
    });
  }
  for (const v of ['江阴', '科技']) {
    out.push({
      name: `contains 投资方 “${v}” (${count('projects WHERE company_sort', v)} rows)`,
      grid: PROJECTS,
      input: contains('companyName', v),
      matching: `SELECT id FROM projects WHERE company_id IN (${fts('company', 'companies')})`,
      params: [pairs(v), `%${v}%`],
    });
    out.push({
      name: `contains 企业名称 “${v}” (${count('companies WHERE name', v)} rows)`,
      grid: COMPANIES,
      input: contains('name', v),
      matching: fts('company', 'companies'),
      params: [pairs(v), `%${v}%`],
    });
  }
  const sites = (v: string): number =>
    db.prepare(`SELECT count(*) FROM projects WHERE site LIKE ?`).pluck().get(`%${v}%`) as number;
  for (const v of ['B区25号', '产业园', '不存在的园区']) {
    out.push({
      name: `contains 拟选址 “${v}” (${sites(v)} rows)`,
      grid: PROJECTS,
      input: contains('site', v),
      matching: valuesOf('site'),
      params: [`%${v}%`],
    });
  }
  for (const v of ['宁德', '江阴东星', '电池']) {
    out.push({
      name: `search box 招商项目 “${v}”`,
      grid: PROJECTS,
      input: { q: v },
      matching: `${fts('project', 'projects')}
        UNION SELECT id FROM projects WHERE company_id IN (${fts('company', 'companies')})
        UNION SELECT id FROM projects WHERE owner_id IN (SELECT id FROM staff WHERE name LIKE ?)
        UNION ${valuesOf('industry')} UNION ${valuesOf('chain')}`,
      params: [pairs(v), `%${v}%`, pairs(v), `%${v}%`, `%${v}%`, `%${v}%`, `%${v}%`],
    });
  }
  for (const v of ['jyw', '江阴']) {
    const latin = /^[a-z]+$/.test(v);
    out.push({
      name: `search box 客商企业 “${v}”`,
      grid: COMPANIES,
      input: { q: v },
      // By hand: the index's candidates, taken as they are (ours checks each against the name).
      matching: latin
        ? `SELECT rowid FROM search_company WHERE search_company MATCH ?`
        : fts('company', 'companies'),
      params: latin ? [`"${v}"*`] : [pairs(v), `%${v}%`],
    });
  }
  return out;
}

export async function benchGridText(ctx: ApiContext, plan: Plan): Promise<BenchRow[]> {
  const out: BenchRow[] = [];
  for (const c of cases(ctx.db)) {
    const raw = rawPage(ctx.db, c.grid, c.matching);
    const input = { offset: 0, limit: PAGE, sort: [], ...c.input };
    const m = await timePair(
      plan,
      () => call(ctx, c.grid.channel, input),
      () => raw(c.params),
    );
    out.push(row('grid', c.name, m.ours, m.raw, GRID));
  }
  return out;
}
