// Migration 10: pairs of companies a person has looked at in the 疑似重复 list and marked
// 不是重复 (two firms with alike names, e.g. one group's subsidiaries), so the list stops
// proposing them. Immutable once released.
//
// One row per pair, the lower id first, so a pair has one spelling. An ordinary audited table
// (id, timestamps) so marking can be listed and undone like any other change; a merge removes
// the marks of the company that goes away through the audit log before deleting it.
export const sql = /* sql */ `
CREATE TABLE company_not_twins (
  id          INTEGER PRIMARY KEY,
  low_id      INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  high_id     INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  CHECK (low_id < high_id),
  UNIQUE (low_id, high_id)
) STRICT;
CREATE INDEX company_not_twins_high ON company_not_twins(high_id);
`;
