// Migration 6: the names the 招商项目 grid sorts by (投资方, 负责人, 小分队) copied onto each project,
// with an index each; and a narrow (id, team_id) index of projects. Immutable once released.
//
// Those names live in companies, staff and teams. Sorting 100,000 projects by a joined name
// makes SQLite join and sort every row to show the first 100: 60–120 ms (`npm run bench`),
// against under a millisecond for a column of the project's own with an index. The copies are
// kept by triggers, so no write path can forget them: a project inserted or moved to another
// company/owner/team, and a company, person or team renamed (one UPDATE over its projects).
// They are derived data: not in the API rows, not in the audit log, never written by hand.
//
// projects_id_team: the team of a record's project (诉求, 实到资金) looked up for 30,000 records
// at a time by the team rankings. Read through the wide table that is one page per project;
// through this index (named with INDEXED BY) a third of the time.
const copies = [
  { column: 'company_sort', key: 'company_id', table: 'companies' },
  { column: 'owner_sort', key: 'owner_id', table: 'staff' },
  { column: 'team_sort', key: 'team_id', table: 'teams' },
] as const;

const nameOf = (key: string, table: string, row: string): string =>
  `(SELECT x.name FROM ${table} x WHERE x.id = ${row}.${key})`;

const setAll = (row: string): string =>
  copies.map((c) => `${c.column} = ${nameOf(c.key, c.table, row)}`).join(', ');

export const sql = /* sql */ `
${copies.map((c) => `ALTER TABLE projects ADD COLUMN ${c.column} TEXT;`).join('\n')}
UPDATE projects SET ${setAll('projects')};
${copies.map((c) => `CREATE INDEX projects_${c.column} ON projects(${c.column});`).join('\n')}
CREATE INDEX projects_id_team ON projects(id, team_id);
CREATE TRIGGER projects_sort_names_insert AFTER INSERT ON projects BEGIN
  UPDATE projects SET ${setAll('NEW')} WHERE id = NEW.id;
END;
CREATE TRIGGER projects_sort_names_update AFTER UPDATE OF company_id, owner_id, team_id ON projects BEGIN
  UPDATE projects SET ${setAll('NEW')} WHERE id = NEW.id;
END;
${copies
  .map(
    (c) => `CREATE TRIGGER ${c.table}_rename_${c.column} AFTER UPDATE OF name ON ${c.table} BEGIN
  UPDATE projects SET ${c.column} = NEW.name WHERE ${c.key} = NEW.id;
END;`,
  )
  .join('\n')}
`;
