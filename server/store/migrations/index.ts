import type { ServerMigration } from '../migrate';
import { m001 } from './001_changeLog';

/** The server's PostgreSQL schema, step by step; append only, never edit a released step. */
export const SERVER_MIGRATIONS: readonly ServerMigration[] = [m001];
