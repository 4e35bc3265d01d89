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

export const sql = /* sql */ `
${NAMED.map((t) => `CREATE INDEX ${t}_id_name ON ${t}(id, name);`).join('\n')}
CREATE INDEX interactions_next_project ON interactions(next_step_on, project_id)
  WHERE next_step_on IS NOT NULL AND next_step_done = 0;
DROP INDEX interactions_next;
`;
