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
