// What the contract needs to answer a call outside Electron: the same ApiContext the harness builds.
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
 * A write between timed runs, to a scratch table of this connection: what any save does to the
 * answers the app keeps while nothing is written (main/db/keptAnswers.ts), so each run works its
 * answer out as the first read after a change does.
 */
export function aChange(db: Db): () => void {
  db.exec('CREATE TEMP TABLE IF NOT EXISTS bench_touch (x)');
  const touch = db.prepare('INSERT INTO bench_touch VALUES (1)');
  return () => void touch.run();
}
