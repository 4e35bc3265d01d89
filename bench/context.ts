// What the contract needs to answer a call outside Electron: the same ApiContext the harness builds.
import { todayLocal } from '@contract/shared/time';
import type { ApiContext } from '../main/api/context';
import { dispatch } from '../main/api/dispatch';
import type { Db } from '../main/db/open';
import { SYSTEM } from '../main/domain/shared/actor';

export function benchContext(db: Db, databasePath: string): ApiContext {
  return { db, actor: SYSTEM, databasePath, appVersion: 'bench', emit: () => {} };
}

/** A call through dispatch() exactly as the renderer makes it; a refused call stops the run. */
export async function call(ctx: ApiContext, channel: string, input: unknown): Promise<unknown> {
  const result = await dispatch(ctx, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/**
 * An edit between timed runs, as a leader's team makes one before the dashboard is looked at
 * again: the contract investment of a project signed this year, in the month before this one
 * where there is one (a month the dashboard keeps whole, migration 15, which the edit outdates).
 * Besides, like any write, it makes the answers kept while nothing is written be worked out anew.
 */
export function aProjectEdit(db: Db): () => void {
  const today = todayLocal();
  const monthStart = `${today.slice(0, 7)}-01`;
  const yearStart = `${today.slice(0, 4)}-01-01`;
  const id = db
    .prepare(
      `SELECT id FROM projects WHERE signed_on BETWEEN ? AND ? AND contract_amount IS NOT NULL
       ORDER BY signed_on < ? DESC, signed_on DESC LIMIT 1`,
    )
    .pluck()
    .get(yearStart, today, monthStart) as number | undefined;
  if (id === undefined) return aChange(db);
  const edit = db.prepare('UPDATE projects SET contract_amount = contract_amount + 1 WHERE id = ?');
  return () => void edit.run(id);
}

/**
 * A write between timed runs, to a scratch table of this connection: what any save does to the
 * answers the app keeps while nothing is written (main/db/keptAnswers.ts), so each run works its
 * answer out as the first read after a change does.
 */
export function aChange(db: Db): () => void {
  db.exec('CREATE TEMP TABLE IF NOT EXISTS bench_touch (x)');
  const touch = db.prepare('INSERT INTO bench_touch VALUES (1)');
  return () => void touch.run();
}
