// Migration 2: what undo needs from the audit log. Immutable once released.
//
// - audit_batches.undo_of_batch / undo_of_entry: set on the batch an undo writes, naming what it
//   reverted, so later checks can tell "changed by an undo" from "changed by a person".
// - audit_log.undone_by: the undo batch that reverted this entry; such entries no longer count as
//   later changes when an older batch is undone.
// - audit_batch_rows: rows a batch created (or an undo deleted) recorded as id ranges per entity.
//   A 100 000-row import writes a handful of these instead of 100 000 audit_log rows with JSON;
//   the rows themselves carry the data, and their created_at/updated_at show later edits.
export const sql = /* sql */ `
ALTER TABLE audit_batches ADD COLUMN undo_of_batch INTEGER REFERENCES audit_batches(id) ON DELETE SET NULL;
ALTER TABLE audit_batches ADD COLUMN undo_of_entry INTEGER REFERENCES audit_log(id) ON DELETE SET NULL;
ALTER TABLE audit_log ADD COLUMN undone_by INTEGER REFERENCES audit_batches(id) ON DELETE SET NULL;

CREATE TABLE audit_batch_rows (
  id        INTEGER PRIMARY KEY,
  batch_id  INTEGER NOT NULL REFERENCES audit_batches(id) ON DELETE CASCADE,
  entity    TEXT NOT NULL,
  action    TEXT NOT NULL CHECK (action IN ('create', 'delete')),
  first_id  INTEGER NOT NULL,
  last_id   INTEGER NOT NULL,
  CHECK (last_id >= first_id)
) STRICT;
CREATE INDEX audit_batch_rows_batch ON audit_batch_rows(batch_id);
CREATE INDEX audit_batch_rows_entity ON audit_batch_rows(entity, first_id);
`;
