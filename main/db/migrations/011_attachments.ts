// Migration 11: attachments (附件) — contracts, site photos, business cards, minutes.
// Immutable once released.
//
// A row says which record a file belongs to (owner_kind + owner_id: one table for five kinds
// of owner, so no foreign key; a row whose owner is deleted stays until the undo window has
// passed, so undoing the deletion brings the record back with its files) and which stored file
// it is: `hash` is the SHA-256 of the content, the file's name in the store beside the database
// (main/domain/attachments/fileStore.ts). The same content attached twice is stored once.
export const sql = /* sql */ `
CREATE TABLE attachments (
  id          INTEGER PRIMARY KEY,
  owner_kind  TEXT NOT NULL CHECK (owner_kind IN ('company', 'project', 'interaction', 'serviceIssue', 'contact')),
  owner_id    INTEGER NOT NULL CHECK (owner_id > 0),
  hash        TEXT NOT NULL CHECK (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'),
  file_name   TEXT NOT NULL CHECK (length(trim(file_name)) > 0),
  mime        TEXT NOT NULL,
  size        INTEGER NOT NULL CHECK (size >= 0),
  category    TEXT NOT NULL CHECK (category IN ('contract', 'photo', 'card', 'minutes', 'other')),
  added_by    TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX attachments_owner ON attachments(owner_kind, owner_id);
CREATE INDEX attachments_hash ON attachments(hash);
`;
