import type Database from './driver';

type Db = Database.Database;

const tracking = new WeakMap<Db, { on: boolean }>();

/**
 * figures_tracked(), which the triggers of migration 15 ask before giving a month a new version.
 * Every connection that may write registers it (applyPragmas), as it does the change capture's.
 */
export function registerFigureTracking(db: Db): void {
  const state = { on: true };
  tracking.set(db, state);
  db.function('figures_tracked', { deterministic: false }, () => (state.on ? 1 : 0));
}

/** Whether the figure triggers do their work on this connection now (off during a bulk write). */
export function figuresTracked(db: Db): boolean {
  const state = tracking.get(db);
  if (!state) throw new Error('figure tracking is not registered on this connection');
  return state.on;
}

/**
 * Turns off versioning the months of each row a bulk write makes (a trigger per row costs an
 * import of 100,000 rows about 0.3 s); `end` turns it on again and outdates every kept month at
 * once. Both inside the write's transaction, so a rollback takes the new epoch back with the rows.
 */
export function figuresInBulk(db: Db): { end(): void } {
  const state = tracking.get(db);
  if (!state) throw new Error('figure tracking is not registered on this connection');
  if (!db.inTransaction) throw new Error('figuresInBulk needs the write transaction');
  const was = state.on;
  state.on = false;
  return {
    end() {
      state.on = was;
      db.prepare(`UPDATE figure_versions SET version = random() WHERE family = '*' AND bucket = '*'`).run();
    },
  };
}

/** `write` as one bulk write (figuresInBulk). */
export function withFiguresOutdated<T>(db: Db, write: () => T): T {
  const bulk = figuresInBulk(db);
  try {
    return write();
  } finally {
    bulk.end();
  }
}
