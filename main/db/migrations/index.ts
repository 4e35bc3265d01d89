import { sql as m001 } from './001_domain';
import { sql as m002 } from './002_audit_undo';
import { sql as m003 } from './003_search';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Append only. A released migration is never edited: its version number is its identity. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'domain', sql: m001 },
  { version: 2, name: 'audit_undo', sql: m002 },
  { version: 3, name: 'search', sql: m003 },
];
