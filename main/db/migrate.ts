import type Database from './driver';
import { migrations } from './migrations';

/**
 * Runs every pending migration, each in its own transaction together with its
 * user_version bump, so a crash leaves the file at a whole version, never between two.
 */
export function migrate(
  db: Database.Database,
  beforeMigrate?: (db: Database.Database, from: number, to: number) => void,
): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const target = migrations.length;
  if (current === target) return current;
  beforeMigrate?.(db, current, target);
  for (let v = current; v < target; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`missing migration ${v + 1}`);
    db.transaction(() => {
      db.exec(step.sql);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
  return target;
}
