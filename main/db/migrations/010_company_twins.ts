// Migration 10: the 疑似重复 (likely duplicate companies) list. Immutable once released.
//
// companies.twin_key groups companies whose names differ only in how they are written (see
// main/domain/shared/companyTwinKey.ts: the name key with the place prefix in one form). It needs
// JavaScript, so like name_sort (migration 8) it is NULL until main/domain/store/sortKeys.ts
// fills it, and a trigger sets it back to NULL when the name key changes, whatever wrote it.
// The index lets the list be one GROUP BY over the index instead of a pass over every name.
//
// company_not_twins holds the pairs a person marked 不是重复 (two firms with alike names, e.g.
// one group's subsidiaries), the lower id first so a pair has one spelling. An ordinary audited
// table (id, timestamps) so a mark can be listed and undone like any other change; a merge
// removes the marks of the company that goes away through the audit log before deleting it.
export const sql = /* sql */ `
ALTER TABLE companies ADD COLUMN twin_key TEXT;
CREATE INDEX companies_twin_key ON companies(twin_key);
CREATE TRIGGER companies_rename_twin_key AFTER UPDATE OF name_key ON companies
WHEN NEW.name_key IS NOT OLD.name_key BEGIN
  UPDATE companies SET twin_key = NULL WHERE id = NEW.id;
END;
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
