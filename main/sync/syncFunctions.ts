import type Database from '../db/driver';

type Db = Database.Database;
import { now } from '@contract/shared/clock';
import { advancedHlc, laterHlc, nextHlc, type Hlc } from './hlc';

interface ConnectionSync {
  capturing: boolean;
  actor: string;
  last: Hlc | null;
}

const state = new WeakMap<Db, ConnectionSync>();

const stateOf = (db: Db): ConnectionSync => {
  const s = state.get(db);
  if (!s) throw new Error('sync functions are not registered on this connection');
  return s;
};

/**
 * The functions the change-capture triggers of migration 12 call. Every connection that may
 * write registers them (applyPragmas): a connection without them cannot write a synced table,
 * which is what we want — a write that would not be recorded must not happen.
 */
export function registerSyncFunctions(db: Db): void {
  const s: ConnectionSync = { capturing: true, actor: '系统', last: null };
  state.set(db, s);
  db.function('sync_capture', { deterministic: false }, () => (s.capturing ? 1 : 0));
  db.function('sync_actor', { deterministic: false }, () => s.actor);
  db.function('sync_hlc', { deterministic: false }, (latestInLedger: unknown) => {
    const latest = laterHlc(s.last, typeof latestInLedger === 'string' ? latestInLedger : null);
    s.last = nextHlc(latest, now().getTime());
    return s.last;
  });
}

/**
 * `count` stamps in a row for changes recorded together, after everything this connection and
 * the ledger (its latest stamp `latestInLedger`) know, as sync_hlc would give them one by one
 * within a millisecond: the first is returned, and this connection's clock moves past the last.
 */
export function takeStamps(db: Db, latestInLedger: Hlc | null, count: number): Hlc {
  const s = stateOf(db);
  const first = nextHlc(laterHlc(s.last, latestInLedger), now().getTime());
  s.last = advancedHlc(first, Math.max(count - 1, 0));
  return first;
}

/** The name the changes of this connection are recorded by (sync_actor()). */
export const syncActorOf = (db: Db): string => stateOf(db).actor;

/** Who the changes recorded from now on this connection are by (the signed-in person's name). */
export function setSyncActor(db: Db, actor: string): void {
  stateOf(db).actor = actor;
}

/** Records nothing more on this connection: for one that is closed after a write measured without capture. */
export function stopCapture(db: Db): void {
  stateOf(db).capturing = false;
}

/** Runs `write` without recording changes: for applying changes that are recorded already. */
export const withoutCapture = <T>(db: Db, write: () => T): T => capturing(db, false, write);

/** Records what `write` changes even while applying another device's changes (a conflict found meanwhile). */
export const withCapture = <T>(db: Db, write: () => T): T => capturing(db, true, write);

function capturing<T>(db: Db, on: boolean, write: () => T): T {
  const s = stateOf(db);
  const was = s.capturing;
  s.capturing = on;
  try {
    return write();
  } finally {
    s.capturing = was;
  }
}
