import type { Db } from '../db/open';
import type { Actor } from '../domain/shared/actor';
import type { ApiEventName, ApiEvents } from './bridge';

/** What a handler may use: the open database, who is acting, and a way to report progress. */
export interface ApiContext {
  db: Db;
  actor: Actor;
  databasePath: string;
  appVersion: string;
  emit<E extends ApiEventName>(event: E, payload: ApiEvents[E]): void;
}
