import { sql as m001 } from './001_domain';
import { sql as m002 } from './002_audit_undo';
import { sql as m003 } from './003_search';
import { sql as m004 } from './004_indicator_indexes';
import { sql as m005 } from './005_grid_sort_indexes';
import { sql as m006 } from './006_project_sort_and_team_keys';
import { sql as m007 } from './007_visit_attendance';
import { sql as m008 } from './008_name_sort_keys';
import { sql as m009 } from './009_text_and_follow_up_indexes';
import { sql as m010 } from './010_company_twins';
import { sql as m011 } from './011_attachments';
import { sql as m012 } from './012_sync';
import { sql as m013 } from './013_server_link';
import { sql as m014 } from './014_server_refusals';
import { sql as m015 } from './015_figure_versions';

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
  { version: 4, name: 'indicator_indexes', sql: m004 },
  { version: 5, name: 'grid_sort_indexes', sql: m005 },
  { version: 6, name: 'project_sort_and_team_keys', sql: m006 },
  { version: 7, name: 'visit_attendance', sql: m007 },
  { version: 8, name: 'name_sort_keys', sql: m008 },
  { version: 9, name: 'text_and_follow_up_indexes', sql: m009 },
  { version: 10, name: 'company_twins', sql: m010 },
  { version: 11, name: 'attachments', sql: m011 },
  { version: 12, name: 'sync', sql: m012 },
  { version: 13, name: 'server_link', sql: m013 },
  { version: 14, name: 'server_refusals', sql: m014 },
  { version: 15, name: 'figure_versions', sql: m015 },
];
