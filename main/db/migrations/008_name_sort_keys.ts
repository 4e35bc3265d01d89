// Migration 8: names sort by pinyin, and ordinals by their number. Immutable once released.
//
// name_sort on companies, contacts, projects, staff and teams holds the name's sort key (see
// main/domain/shared/sortKey.ts: pinyin syllables, numbers padded to one width), with an index,
// so a grid sorted by name reads an index instead of sorting 100,000 rows by their Unicode order
// (which is stroke-ish: 一、三、二、五). Pinyin needs JavaScript, so the key cannot be computed
// here: it is NULL until main/domain/store/sortKeys.ts fills it, which every grid read and bulk
// writer does first (an indexed look for NULLs, nothing when all are filled). A renamed record
// gets NULL again from its trigger, whatever wrote the name.
//
// The 招商项目 grid sorts 投资方, 负责人, 小分队 by the key of the named record, copied onto the
// project (company_key, owner_key, team_key) by triggers, like migration 6's copies of the names.
const tables = ['companies', 'contacts', 'projects', 'staff', 'teams'] as const;

const copies = [
  { column: 'company_key', key: 'company_id', table: 'companies' },
  { column: 'owner_key', key: 'owner_id', table: 'staff' },
  { column: 'team_key', key: 'team_id', table: 'teams' },
] as const;

const keyOf = (key: string, table: string, row: string): string =>
  `(SELECT x.name_sort FROM ${table} x WHERE x.id = ${row}.${key})`;
const setAll = (row: string): string =>
  copies.map((c) => `${c.column} = ${keyOf(c.key, c.table, row)}`).join(', ');

export const sql = /* sql */ `
${tables
  .map(
    (t) => `ALTER TABLE ${t} ADD COLUMN name_sort TEXT;
CREATE INDEX ${t}_name_sort ON ${t}(name_sort);
CREATE TRIGGER ${t}_rename_name_sort AFTER UPDATE OF name ON ${t} WHEN NEW.name IS NOT OLD.name BEGIN
  UPDATE ${t} SET name_sort = NULL WHERE id = NEW.id;
END;`,
  )
  .join('\n')}
${copies.map((c) => `ALTER TABLE projects ADD COLUMN ${c.column} TEXT;`).join('\n')}
${copies.map((c) => `CREATE INDEX projects_${c.column} ON projects(${c.column});`).join('\n')}
CREATE TRIGGER projects_sort_keys_insert AFTER INSERT ON projects BEGIN
  UPDATE projects SET ${setAll('NEW')} WHERE id = NEW.id;
END;
CREATE TRIGGER projects_sort_keys_update AFTER UPDATE OF company_id, owner_id, team_id ON projects BEGIN
  UPDATE projects SET ${setAll('NEW')} WHERE id = NEW.id;
END;
${copies
  .map(
    (c) => `CREATE TRIGGER ${c.table}_key_${c.column} AFTER UPDATE OF name_sort ON ${c.table} BEGIN
  UPDATE projects SET ${c.column} = NEW.name_sort WHERE ${c.key} = NEW.id;
END;`,
  )
  .join('\n')}
`;
