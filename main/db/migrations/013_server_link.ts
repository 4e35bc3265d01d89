// Migration 13: this laptop's office server (办公室服务器). Immutable once released.
//
// One row at most: the server this laptop syncs with. Its certificate is self-signed, so the
// laptop trusts it by the SHA-256 fingerprint the user confirmed against the server's console;
// a later connection with any other certificate is refused. The sign-in token is kept sealed by
// the OS keychain where there is one (token_scheme 'keychain', base64 of the sealed bytes),
// otherwise as it is ('plain'): it expires on the server within hours and the whole ledger sits
// beside it in the same folder anyway. The pull cursor is this server's log position; it is
// stored only after a pulled page is applied, and belongs to server_id (another server starts
// again at '0'). pushed_seq is the newest sync_changes.seq a completed round had seen: this
// laptop's changes after it are what 待同步 counts. The table is this device's own and never travels (LOCAL_TABLES).
export const sql = /* sql */ `
CREATE TABLE sync_server (
  id                 INTEGER PRIMARY KEY CHECK (id = 1),
  url                TEXT NOT NULL CHECK (url GLOB 'https://*'),
  fingerprint        TEXT NOT NULL CHECK (length(fingerprint) = 95),
  server_id          TEXT,
  user_name          TEXT,
  display_name       TEXT,
  role               TEXT CHECK (role IN ('leader', 'office', 'team')),
  team_gid           TEXT,
  reads_other_teams  INTEGER NOT NULL DEFAULT 0 CHECK (reads_other_teams IN (0, 1)),
  token              TEXT,
  token_scheme       TEXT CHECK (token_scheme IN ('keychain', 'plain')),
  token_expires_at   TEXT,
  cursor             TEXT NOT NULL DEFAULT '0' CHECK (cursor GLOB '[0-9]*'),
  pushed_seq         INTEGER NOT NULL DEFAULT 0,
  last_sync_at       TEXT,
  last_error_code    TEXT,
  last_error_message TEXT,
  last_error_at      TEXT,
  auto_sync          INTEGER NOT NULL DEFAULT 1 CHECK (auto_sync IN (0, 1)),
  confirmed_at       TEXT NOT NULL,
  CHECK ((token IS NULL) = (token_scheme IS NULL))
) STRICT;
`;
