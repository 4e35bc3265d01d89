import type { ServerMigration } from '../migrate';

/** The server's PostgreSQL schema, step by step; append only, never edit a released step. */
export const SERVER_MIGRATIONS: readonly ServerMigration[] = [];
