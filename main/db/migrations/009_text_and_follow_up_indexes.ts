// Migration 9: indexes for the grids' text filters and the 工作台 badge. Immutable once released.
//
// interactions_next_project: pending next steps by day, with their project. The badge counts the
// steps that are also their project's follow-up (listed once, as the project's) by walking the
// projects due and looking each one's step up here, by (day, project): one index step per project
// instead of reading every pending step's row. It holds interactions_next (migration 1) as its
// first column, which it replaces.
//
// <table>_id_name: each record's name by its id. A grid's "contains" filter and search box take
// the search index's candidates and check each one's name (LIKE); read from the table, that is
// one wide row per candidate (50 ms for 电池's 5,923 projects on L), from this index a small
// entry (7 ms).
const NAMED = ['companies', 'contacts', 'projects'] as const;
//
// projects_site, companies_tier, companies_source: columns of few distinct values (968 places
// on L's 96,000 projects) that had no index. A "contains" filter on such a column steps down its
// index from value to value, keeps the values containing the text, and reads their rows by the
// index (main/domain/store/list.ts, valuesLike); 行业, 产业链, 来源渠道 and 重点等级 had theirs.

export const sql = /* sql */ `
${NAMED.map((t) => `CREATE INDEX ${t}_id_name ON ${t}(id, name);`).join('\n')}
CREATE INDEX projects_site ON projects(site);
CREATE INDEX companies_tier ON companies(tier);
CREATE INDEX companies_source ON companies(source_channel);
CREATE INDEX interactions_next_project ON interactions(next_step_on, project_id)
  WHERE next_step_on IS NOT NULL AND next_step_done = 0;
DROP INDEX interactions_next;
`;
