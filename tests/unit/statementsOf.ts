import type { Db } from '../../main/db/open';

/** Every statement `run` executes on `db`, with its parameters, for query-plan tests to read. */
export function statementsOf(db: Db, run: () => void): { sql: string; params: unknown[] }[] {
  const seen: { sql: string; params: unknown[] }[] = [];
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const stmt = prepare(sql);
    const record = (fn: 'get' | 'all') => {
      const original = stmt[fn].bind(stmt) as (...a: unknown[]) => unknown;
      return (...params: unknown[]) => {
        seen.push({ sql, params });
        return original(...params);
      };
    };
    return Object.assign(stmt, { get: record('get'), all: record('all') });
  }) as Db['prepare'];
  try {
    run();
  } finally {
    db.prepare = prepare;
  }
  return seen;
}
