import type { ServerMigration } from '../migrate';

/**
 * Who may sync with the office server: accounts, the laptops registered to them, sign-in
 * tokens, the nonces of signed requests (so a captured request cannot be sent again), the log
 * of refused changes and the office's settings. Stands on its own: no table of step 1 is
 * referenced, so the accounts can be reasoned about (and tested) alone. Immutable once released.
 */
export const ACCOUNTS_MIGRATION: ServerMigration = {
  version: 2,
  name: 'accounts',
  sql: `
CREATE TABLE users (
  id serial PRIMARY KEY,
  login text NOT NULL,
  display_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('leader', 'office', 'team')),
  team_gid text,
  -- 'scrypt$N$r$p$salt$hash' (base64): the parameters travel with the hash, so they can be raised later.
  password_hash text NOT NULL,
  failed_attempts integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  created_at timestamptz NOT NULL,
  removed_at timestamptz,
  CHECK ((role = 'team') = (team_gid IS NOT NULL))
);
-- A login names one account at a time; a removed account's login may be given again.
CREATE UNIQUE INDEX users_login ON users (lower(login)) WHERE removed_at IS NULL;

CREATE TABLE devices (
  id text PRIMARY KEY CHECK (id ~ '^[0-9a-f]{16}$'),
  public_key text NOT NULL,
  name text NOT NULL,
  user_id integer NOT NULL REFERENCES users (id),
  registered_at timestamptz NOT NULL,
  last_seen_at timestamptz,
  removed_at timestamptz
);
CREATE INDEX devices_user ON devices (user_id);

CREATE TABLE tokens (
  -- Hex sha256 of the token: a copy of this table signs no one in.
  token_sha256 text PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users (id),
  device text NOT NULL REFERENCES devices (id),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX tokens_user ON tokens (user_id);
CREATE INDEX tokens_device ON tokens (device);

CREATE TABLE request_nonces (
  device text NOT NULL,
  nonce text NOT NULL,
  seen_at timestamptz NOT NULL,
  PRIMARY KEY (device, nonce)
);
CREATE INDEX request_nonces_seen ON request_nonces (seen_at);

CREATE TABLE refused_changes (
  id bigserial PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users (id),
  -- The laptop that pushed it; change_device made it (a laptop also passes on changes it got by 同步包).
  device text NOT NULL,
  change_device text NOT NULL,
  hlc text NOT NULL,
  tbl text NOT NULL,
  gid text NOT NULL,
  op text NOT NULL,
  actor text NOT NULL,
  reason text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX refused_changes_at ON refused_changes (at);

-- One row: the office's choices, one typed column each.
CREATE TABLE office_settings (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  team_reads_others boolean NOT NULL DEFAULT true
);
INSERT INTO office_settings DEFAULT VALUES;
`,
};
