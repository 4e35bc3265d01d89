// The 招商项目 grid: one page per sort column and for three typical filters, through dispatch('projects.list') against the hand-written query.
import type { ApiContext } from '../main/api/context';
import type { Db } from '../main/db/open';
import { PROJECT_FROM, PROJECT_SELECT } from '../main/domain/projects/table';
import { slimFrom } from '../main/domain/store/slimFrom';
import { call } from './context';
import { timePair, type Plan } from './measure';
import { row, type BenchRow } from './stats';

const PAGE = 100;
const GRID = { p95Ms: 20, maxRatio: 1.5, slackMs: 1 };

/**
 * Sortable columns of the grid and the SQL a person would write for each: for the joined names,
 * the indexed copy of their pinyin key on the project (migration 8), so every ratio is against an
 * indexed query.
 */
const SORTS: [string, string][] = [
  ['name', 'p.name_sort'],
  ['companyName', 'p.company_key'],
  ['stage', 'p.stage'],
  ['stageSince', 'p.stage_since'],
  ['industry', 'p.industry'],
  ['chain', 'p.chain'],
  ['sourceChannel', 'p.source_channel'],
  ['plannedAmount', 'p.planned_amount'],
  ['contractAmount', 'p.contract_amount'],
  ['keyLevel', 'p.key_level'],
  ['ownerName', 'p.owner_key'],
  ['teamName', 'p.team_key'],
  ['firstContactOn', 'p.first_contact_on'],
  ['signedOn', 'p.signed_on'],
  ['nextFollowUpOn', 'p.next_follow_up_on'],
  ['updatedAt', 'p.updated_at'],
];

interface Filter {
  name: string;
  input: Record<string, unknown>;
  where: string;
  params: unknown[];
}

function filters(db: Db): Filter[] {
  const owner = db.prepare(`SELECT owner_id FROM projects WHERE owner_id IS NOT NULL LIMIT 1`).pluck().get();
  const year = new Date().getFullYear();
  return [
    {
      name: '在谈 stage, newest first',
      input: { filters: { stage: { type: 'set', values: ['negotiating'] } } },
      where: `p.stage IN (?)`,
      params: ['negotiating'],
    },
    {
      name: 'one owner’s projects',
      input: { filters: { ownerId: { type: 'number', op: 'equals', value: owner } } },
      where: `p.owner_id = ?`,
      params: [owner],
    },
    {
      name: 'signed this year',
      input: {
        filters: {
          signedOn: { type: 'date', op: 'inRange', value: `${year}-01-01`, valueTo: `${year}-12-31` },
        },
      },
      where: `p.signed_on BETWEEN ? AND ?`,
      params: [`${year}-01-01`, `${year}-12-31`],
    },
  ];
}

/**
 * The page as a person would fetch it by hand at best: the page's ids in the wanted order, then
 * those rows with the same columns, and the count. No validation, no query builder, no mapping.
 */
export function rawPage(db: Db, where: string, orderBy: string): (params: unknown[]) => void {
  const ids = db
    .prepare(
      `SELECT p.id FROM ${slimFrom(PROJECT_FROM, where + orderBy)} ${where} ORDER BY ${orderBy} LIMIT ${PAGE}`,
    )
    .pluck();
  const rows = db.prepare(
    `SELECT ${PROJECT_SELECT} FROM ${PROJECT_FROM} WHERE p.id IN (SELECT value FROM json_each(?))`,
  );
  const count = db.prepare(`SELECT count(*) FROM projects p ${where}`).pluck();
  return (params) => {
    rows.all(JSON.stringify(ids.all(...params)));
    count.get(...params);
  };
}

export async function benchGrid(ctx: ApiContext, plan: Plan): Promise<BenchRow[]> {
  const out: BenchRow[] = [];
  for (const [col, sql] of SORTS) {
    for (const dir of ['asc', 'desc'] as const) {
      const input = { offset: 0, limit: PAGE, sort: [{ col, dir }] };
      const d = dir === 'asc' ? 'ASC' : 'DESC';
      const raw = rawPage(ctx.db, '', `${sql} ${d} NULLS LAST, p.id ${d}`);
      const m = await timePair(
        plan,
        () => call(ctx, 'projects.list', input),
        () => raw([]),
      );
      out.push(row('grid', `sort ${col} ${dir}`, m.ours, m.raw, GRID));
    }
  }
  for (const f of filters(ctx.db)) {
    const input = { offset: 0, limit: PAGE, sort: [], ...f.input };
    const raw = rawPage(ctx.db, `WHERE ${f.where}`, 'p.updated_at DESC, p.id DESC');
    const m = await timePair(
      plan,
      () => call(ctx, 'projects.list', input),
      () => raw(f.params),
    );
    out.push(row('grid', `filter ${f.name}`, m.ours, m.raw, GRID));
  }
  return out;
}
