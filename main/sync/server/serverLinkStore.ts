import type { SignInResponse } from '@contract/sync/serverProtocol';
import type { ServerAccount } from '@contract/sync/serverLink';
import { nowIso } from '@contract/shared/time';
import type { KeyStore } from '../../db/keyFile';
import type { Db } from '../../db/open';
import type { ServerCursor } from '../serverTransport';

/** This laptop's one office server (table sync_server, migration 13): address, pin, session, cursor. */
export interface ServerLink {
  url: string;
  fingerprint: string;
  serverId: string | null;
  account: ServerAccount | null;
  token: string | null;
  tokenExpiresAt: string | null;
  lastSyncAt: string | null;
  lastError: { code: string; message: string; at: string } | null;
  autoSync: boolean;
  pushedSeq: number;
}

interface Row {
  url: string;
  fingerprint: string;
  server_id: string | null;
  user_name: string | null;
  display_name: string | null;
  role: ServerAccount['role'] | null;
  team_gid: string | null;
  token: string | null;
  token_scheme: 'keychain' | 'plain' | null;
  token_expires_at: string | null;
  last_sync_at: string | null;
  last_error_code: string | null;
  last_error_message: string | null;
  last_error_at: string | null;
  auto_sync: number;
  pushed_seq: number;
}

/** A sealed token another machine's keychain (a copied ledger) cannot open counts as none. */
function openToken(row: Row, keyStore: KeyStore | undefined): string | null {
  if (row.token === null) return null;
  if (row.token_scheme === 'plain') return row.token;
  try {
    return keyStore?.available() ? keyStore.unseal(Buffer.from(row.token, 'base64')).toString('utf8') : null;
  } catch {
    return null;
  }
}

export function readLink(db: Db, keyStore?: KeyStore): ServerLink | null {
  const row = db.prepare(`SELECT * FROM sync_server WHERE id = 1`).get() as Row | undefined;
  if (!row) return null;
  return {
    url: row.url,
    fingerprint: row.fingerprint,
    serverId: row.server_id,
    account:
      row.user_name && row.role
        ? {
            user: row.user_name,
            displayName: row.display_name ?? row.user_name,
            role: row.role,
            teamGid: row.team_gid,
          }
        : null,
    token: openToken(row, keyStore),
    tokenExpiresAt: row.token_expires_at,
    lastSyncAt: row.last_sync_at,
    lastError:
      row.last_error_code && row.last_error_at
        ? { code: row.last_error_code, message: row.last_error_message ?? '', at: row.last_error_at }
        : null,
    autoSync: row.auto_sync === 1,
    pushedSeq: row.pushed_seq,
  };
}

/**
 * Keeps a confirmed address and certificate. The same certificate at a new address is the same
 * server moved (session and cursor stay); any other certificate is another server, started afresh.
 */
export function confirmServer(db: Db, url: string, fingerprint: string): void {
  db.transaction(() => {
    const moved = db
      .prepare(`UPDATE sync_server SET url = ?, last_error_code = NULL WHERE fingerprint = ?`)
      .run(url, fingerprint);
    if (moved.changes > 0) return;
    db.prepare(`DELETE FROM sync_server`).run();
    db.prepare(`INSERT INTO sync_server (id, url, fingerprint, confirmed_at) VALUES (1, ?, ?, ?)`).run(
      url,
      fingerprint,
      nowIso(),
    );
  }).immediate();
}

/** The session a sign-in opened; a different server id than before starts the cursor again. */
export function saveSession(db: Db, session: SignInResponse, keyStore?: KeyStore): void {
  const sealed = keyStore?.available();
  const token = sealed
    ? keyStore!.seal(Buffer.from(session.token, 'utf8')).toString('base64')
    : session.token;
  const { user } = session;
  db.prepare(
    `UPDATE sync_server SET
       cursor = CASE WHEN server_id IS ? THEN cursor ELSE '0' END,
       pushed_seq = CASE WHEN server_id IS ? THEN pushed_seq ELSE 0 END,
       server_id = ?, user_name = ?, display_name = ?, role = ?, team_gid = ?, reads_other_teams = ?,
       token = ?, token_scheme = ?, token_expires_at = ?,
       last_error_code = NULL, last_error_message = NULL, last_error_at = NULL
     WHERE id = 1`,
  ).run(
    session.serverId,
    session.serverId,
    session.serverId,
    user.user,
    user.displayName,
    user.role,
    user.teamGid,
    user.readsOtherTeams ? 1 : 0,
    token,
    sealed ? 'keychain' : 'plain',
    session.expiresAt,
  );
}

export function forgetToken(db: Db): void {
  db.prepare(`UPDATE sync_server SET token = NULL, token_scheme = NULL, token_expires_at = NULL`).run();
}

/**
 * A round that began when the log's newest change was `through` completed: everything up to it
 * was passed on (or, refused, withdrawn). A withdrawn change may have been the newest, and its
 * seq is then given to the next change: 待上传 counts from what the log still holds. Values held
 * for a withdrawal (sync_held) before the round began are let go: their fate is decided.
 */
export function recordSuccess(db: Db, through: number): void {
  db.transaction(() => {
    db.prepare(
      `UPDATE sync_server SET last_sync_at = ?,
         pushed_seq = max(pushed_seq, min(?, (SELECT coalesce(max(seq), 0) FROM sync_changes))),
         last_error_code = NULL, last_error_message = NULL, last_error_at = NULL`,
    ).run(nowIso(), through);
    db.prepare(`DELETE FROM sync_held WHERE held_after < ?`).run(through);
  }).immediate();
}

export function recordError(db: Db, code: string, message: string): void {
  db.prepare(`UPDATE sync_server SET last_error_code = ?, last_error_message = ?, last_error_at = ?`).run(
    code,
    message,
    nowIso(),
  );
}

export function setAutoSync(db: Db, on: boolean): void {
  db.prepare(`UPDATE sync_server SET auto_sync = ?`).run(on ? 1 : 0);
}

/** The pull cursor, written by the round after each applied page. */
export const linkCursor = (db: Db): ServerCursor => ({
  get: () =>
    (db.prepare(`SELECT cursor FROM sync_server WHERE id = 1`).pluck().get() as string | undefined) ?? '0',
  set: (cursor) => {
    db.prepare(`UPDATE sync_server SET cursor = ? WHERE id = 1`).run(cursor);
  },
});

/** The newest change this ledger holds: what a round that completes has passed on. */
export const newestSeq = (db: Db): number =>
  db.prepare(`SELECT coalesce(max(seq), 0) FROM sync_changes`).pluck().get() as number;

/** This laptop's changes after `seq`: made since the last completed round with the server. */
export const ownChangesAfter = (db: Db, seq: number): number =>
  db
    .prepare(`SELECT count(*) FROM sync_changes WHERE seq > ? AND device = (SELECT device FROM sync_self)`)
    .pluck()
    .get(seq) as number;
