import type { ServerMigration } from '../migrate';
import { m001 } from './001_changeLog';
import { ACCOUNTS_MIGRATION } from './002_accounts';

/** The server's PostgreSQL schema, step by step; append only, never edit a released step. */
export const SERVER_MIGRATIONS: readonly ServerMigration[] = [m001, ACCOUNTS_MIGRATION];
