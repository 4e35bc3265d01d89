// Migration 14: changes the office server refused (办公室未接受的修改). Immutable once released.
//
// A 小分队 member's edit outside the account's scope is refused by the server and never applied
// there. The laptop withdraws it (main/sync/withdrawRefused.ts): the change leaves its log and
// the row becomes what the rest of the log says, the office's value. Two tables, both this
// device's own (LOCAL_TABLES), never sent:
//
// sync_withdrawn: what was withdrawn, for 设置 → 团队同步 → 办公室服务器 to list until 知道了.
//
// sync_held: the values before. A row's older values leave the log when this laptop deletes the
// row (the delete trigger of migration 12 forgets its puts) and when 操作记录保留期限 compacts
// the log (compactLog.ts drops or trims values later edits replaced). Either may be undone by a
// refusal: the deletion, or the later edit, is withdrawn and the older values are wanted again.
// So while this laptop is linked to a server, a put taken out of (or trimmed in) the log by this
// laptop's own writes (capture on; applying others' changes runs with capture off) is kept here
// as it was, with the log position then (held_after). A withdrawal puts the row's held values
// back; a completed round, having passed on every change up to its start, lets go of what was
// held before that (serverLinkStore.recordSuccess).
export const sql = /* sql */ `
CREATE TABLE sync_withdrawn (
  id            INTEGER PRIMARY KEY,
  tbl           TEXT NOT NULL,
  gid           TEXT NOT NULL,
  field         TEXT,
  kind          TEXT NOT NULL CHECK (kind IN ('field', 'created', 'deleted')),
  record_name   TEXT,
  mine          TEXT,
  office        TEXT,
  reason        TEXT NOT NULL,
  withdrawn_at  TEXT NOT NULL,
  CHECK ((kind = 'field') = (field IS NOT NULL))
) STRICT;
CREATE INDEX sync_withdrawn_at ON sync_withdrawn(withdrawn_at, id);

CREATE TABLE sync_held (
  hlc         TEXT NOT NULL,
  device      TEXT NOT NULL,
  tbl         TEXT NOT NULL,
  gid         TEXT NOT NULL,
  fields      TEXT CHECK (fields IS NULL OR json_valid(fields)),
  actor       TEXT NOT NULL,
  held_after  INTEGER NOT NULL,
  PRIMARY KEY (hlc, device, tbl, gid)
) STRICT, WITHOUT ROWID;
CREATE INDEX sync_held_row ON sync_held(tbl, gid);

CREATE TRIGGER sync_changes_hold_delete BEFORE DELETE ON sync_changes
WHEN OLD.op = 'put' AND sync_capture() AND EXISTS (SELECT 1 FROM sync_server) BEGIN
  INSERT OR IGNORE INTO sync_held (hlc, device, tbl, gid, fields, actor, held_after)
  VALUES (OLD.hlc, OLD.device, OLD.tbl, OLD.gid, OLD.fields, OLD.actor,
          (SELECT coalesce(max(seq), 0) FROM sync_changes));
END;
CREATE TRIGGER sync_changes_hold_trim BEFORE UPDATE OF fields ON sync_changes
WHEN OLD.op = 'put' AND sync_capture() AND EXISTS (SELECT 1 FROM sync_server) BEGIN
  INSERT OR IGNORE INTO sync_held (hlc, device, tbl, gid, fields, actor, held_after)
  VALUES (OLD.hlc, OLD.device, OLD.tbl, OLD.gid, OLD.fields, OLD.actor,
          (SELECT coalesce(max(seq), 0) FROM sync_changes));
END;
`;
