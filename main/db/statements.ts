import type { Statement } from './driver';
import type { Db } from './open';

/**
 * Compiled statements kept per connection for the hot read paths (grid pages, dashboard
 * aggregates), which build the same few SQL texts again and again. Compiling a page query
 * with its joins and subqueries costs about as much as running it against an index, so
 * re-preparing on every call doubled a grid page's time. Statements are dropped with their
 * connection (WeakMap) and the least recently used beyond the cap.
 */
const caches = new WeakMap<Db, Map<string, Statement>>();
const CAP = 300;

export function prepareCached(db: Db, sql: string, mode: { pluck?: boolean; raw?: boolean } = {}): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let stmt = cache.get(sql);
  if (stmt) {
    cache.delete(sql);
  } else {
    stmt = db.prepare(sql);
    if (cache.size >= CAP) cache.delete(cache.keys().next().value as string);
  }
  cache.set(sql, stmt);
  // The mode is state of the shared statement object: set it on every use, both ways.
  if (!stmt.reader) return stmt;
  if (mode.raw) return stmt.raw(true);
  return stmt.raw(false).pluck(mode.pluck === true);
}
