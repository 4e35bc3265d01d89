import type { Db } from './open';
import { prepareCached } from './statements';

/**
 * What has been written to the ledger since, as one text: this connection's own writes
 * (total_changes, triggers included) and other connections' commits (data_version: the job
 * thread's imports and catch-ups, a restore). Equal stamps mean nothing was written in between,
 * so an answer computed at the first can be given again at the second.
 */
export function changeStamp(db: Db): string {
  const changes = prepareCached(db, 'SELECT total_changes()', { pluck: true }).get() as number;
  return `${changes}|${db.pragma('data_version', { simple: true }) as number}`;
}
