import type { z } from 'zod';
import type { Db } from '../../db/open';
import { parseOrThrow } from '../shared/validate';
import { boardQuery, type Board, type BoardCard, type BoardColumn } from '@contract/projects/boardSchema';
import { PROJECT_STAGES, type ProjectStage } from '@contract/projects/pipelineStages';
import { DAYS_IN_STAGE } from './table';

// What a column adds up and sorts by: the contract figure once signed, the plan before.
const AMOUNT = 'coalesce(p.contract_amount, p.planned_amount)';
// Biggest projects on top (亿元以上 first); among equals, the one waiting longest.
const CARD_ORDER = `${AMOUNT} DESC NULLS LAST, p.stage_since, p.id`;

const CARD_SELECT = `p.id, p.name, p.stage, c.name AS companyName, ${AMOUNT} AS amount, o.name AS ownerName,
  p.key_level AS keyLevel, ${DAYS_IN_STAGE} AS daysInStage, p.next_follow_up_on AS nextFollowUpOn`;
const CARD_FROM = `projects p LEFT JOIN companies c ON c.id = p.company_id LEFT JOIN staff o ON o.id = p.owner_id`;

type Parsed = z.output<typeof boardQuery>;

/** The filter as bound SQL; column names are ours, values are always parameters. */
function where(q: Parsed, stages: readonly ProjectStage[]): { sql: string; params: unknown[] } {
  const conds = [`p.stage IN (${stages.map(() => '?').join(', ')})`];
  const params: unknown[] = [...stages];
  if (q.ownerId != null) {
    conds.push('p.owner_id = ?');
    params.push(q.ownerId);
  }
  if (q.teamId != null) {
    conds.push('p.team_id = ?');
    params.push(q.teamId);
  }
  if (q.industry != null) {
    conds.push('p.industry = ?');
    params.push(q.industry);
  }
  return { sql: conds.join(' AND '), params };
}

function totals(
  db: Db,
  q: Parsed,
  stages: readonly ProjectStage[],
): Map<string, { count: number; amount: number }> {
  const w = where(q, stages);
  const rows = db
    .prepare(
      `SELECT p.stage AS stage, count(*) AS count, coalesce(sum(${AMOUNT}), 0) AS amount
       FROM projects p WHERE ${w.sql} GROUP BY p.stage`,
    )
    .all(...w.params) as { stage: string; count: number; amount: number }[];
  return new Map(rows.map((r) => [r.stage, { count: r.count, amount: r.amount }]));
}

/** The first `perColumn` cards of every column in one pass, ranked inside each stage. */
function firstCards(db: Db, q: Parsed, stages: readonly ProjectStage[]): BoardCard[] {
  const w = where(q, stages);
  return db
    .prepare(
      `SELECT id, name, stage, companyName, amount, ownerName, keyLevel, daysInStage, nextFollowUpOn FROM (
         SELECT ${CARD_SELECT}, row_number() OVER (PARTITION BY p.stage ORDER BY ${CARD_ORDER}) AS rn
         FROM ${CARD_FROM} WHERE ${w.sql})
       WHERE rn <= ? ORDER BY stage, rn`,
    )
    .all(...w.params, q.perColumn) as BoardCard[];
}

function moreCards(db: Db, q: Parsed, stage: ProjectStage): BoardCard[] {
  const w = where(q, [stage]);
  return db
    .prepare(`SELECT ${CARD_SELECT} FROM ${CARD_FROM} WHERE ${w.sql} ORDER BY ${CARD_ORDER} LIMIT ? OFFSET ?`)
    .all(...w.params, q.perColumn, q.offset) as BoardCard[];
}

function industries(db: Db): string[] {
  return db
    .prepare(
      `SELECT DISTINCT industry FROM projects WHERE industry IS NOT NULL AND industry <> '' ORDER BY industry`,
    )
    .pluck()
    .all() as string[];
}

/**
 * The kanban: counts and sums come from SQL over every matching project, cards only a page
 * per column, so a zone with ten thousand open projects loads a board, not its whole ledger.
 */
export function projectBoard(db: Db, input: unknown): Board {
  const q = parseOrThrow(boardQuery, input);
  const stages = q.stage ? [q.stage] : PROJECT_STAGES.filter((s) => q.includeDropped || s !== 'dropped');
  const sums = totals(db, q, stages);
  const cards = q.stage ? moreCards(db, q, q.stage) : firstCards(db, q, stages);
  const columns: BoardColumn[] = stages.map((stage) => ({
    stage,
    count: sums.get(stage)?.count ?? 0,
    amount: sums.get(stage)?.amount ?? 0,
    cards: cards.filter((c) => c.stage === stage),
  }));
  return { columns, industries: q.stage ? [] : industries(db) };
}
