// Text on the grids: "contains" filters with few and many matches and the grid's own search box,
// through dispatch against the same page written by hand on the same indexes (the search index's
// FTS tables, checked with LIKE), so the ratio is the cost of our layer, not of the plan.
import type { ApiContext } from '../main/api/context';
import type { Db } from '../main/db/open';
import { PROJECT_FROM, PROJECT_SELECT } from '../main/domain/projects/table';
import { slimFrom } from '../main/domain/store/list';
import { call } from './context';
import { timePair, type Plan } from './measure';
import { row, type BenchRow } from './stats';

const PAGE = 100;
const GRID = { p95Ms: 20, maxRatio: 1.5 };

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

/** The page by hand: its keys in order, those rows, and the count; the page skipped when none match. */
function rawPage(db: Db, g: Grid, where: string): (params: unknown[]) => void {
  const from = slimFrom(g.from, where + g.order);
  const ids = db
    .prepare(`SELECT ${g.key} FROM ${from} WHERE ${where} ORDER BY ${g.order} LIMIT ${PAGE}`)
    .pluck();
  const rows = db.prepare(
    `SELECT ${g.select} FROM ${g.from} WHERE ${g.key} IN (SELECT value FROM json_each(?))`,
  );
  const count = db.prepare(`SELECT count(*) FROM ${from} WHERE ${where}`).pluck();
  return (params) => {
    if ((count.get(...params) as number) > 0) rows.all(JSON.stringify(ids.all(...params)));
  };
}

const fts = (kind: string, table: string): string =>
  `(SELECT id FROM ${table} WHERE id IN (SELECT rowid FROM search_${kind} WHERE search_${kind} MATCH ?) AND name LIKE ?)`;
const pairs = (s: string): string =>
  s.length === 1
    ? `"${s}"*`
    : Array.from({ length: s.length - 1 }, (_, i) => `"${s.slice(i, i + 2)}"`).join(' ');

interface Case {
  name: string;
  grid: Grid;
  input: Record<string, unknown>;
  where: string;
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
      where: `p.id IN ${fts('project', 'projects')}`,
      params: [pairs(v), `%${v}%`],
    });
  }
  for (const v of ['江阴', '科技']) {
    out.push({
      name: `contains 投资方 “${v}” (${count('projects WHERE company_sort', v)} rows)`,
      grid: PROJECTS,
      input: contains('companyName', v),
      where: `p.company_id IN ${fts('company', 'companies')}`,
      params: [pairs(v), `%${v}%`],
    });
    out.push({
      name: `contains 企业名称 “${v}” (${count('companies WHERE name', v)} rows)`,
      grid: COMPANIES,
      input: contains('name', v),
      where: `c.id IN ${fts('company', 'companies')}`,
      params: [pairs(v), `%${v}%`],
    });
  }
  for (const v of ['宁德', '江阴东星', '电池']) {
    out.push({
      name: `search box 招商项目 “${v}”`,
      grid: PROJECTS,
      input: { q: v },
      where: `(p.id IN ${fts('project', 'projects')} OR p.company_id IN ${fts('company', 'companies')}
        OR p.owner_id IN (SELECT id FROM staff WHERE name LIKE ?)
        OR p.industry IN (SELECT DISTINCT industry FROM projects WHERE industry LIKE ?)
        OR p.chain IN (SELECT DISTINCT chain FROM projects WHERE chain LIKE ?))`,
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
      where: latin
        ? `c.id IN (SELECT rowid FROM search_company WHERE search_company MATCH ?)`
        : `c.id IN ${fts('company', 'companies')}`,
      params: latin ? [`"${v}"*`] : [pairs(v), `%${v}%`],
    });
  }
  return out;
}

export async function benchGridText(ctx: ApiContext, plan: Plan): Promise<BenchRow[]> {
  const out: BenchRow[] = [];
  for (const c of cases(ctx.db)) {
    const raw = rawPage(ctx.db, c.grid, c.where);
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
