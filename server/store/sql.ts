/**
 * The server's one way to PostgreSQL, whichever it runs on: a PostgreSQL server named by
 * DATABASE_URL (node-postgres) or the embedded PGlite in a data folder. Both speak the same SQL
 * with $1 parameters, so everything above this file is written once.
 */
export interface Sql {
  readonly kind: 'postgres' | 'pglite';
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<R[]>;
  /** Several statements without parameters (a migration step). */
  exec(text: string): Promise<void>;
  /** Runs `work` in one transaction on one connection: committed if it returns, rolled back if it throws. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** 64-bit integers (log positions, counts) come back as numbers: they stay far below 2^53. */
export const parseInt8 = (text: string): number => Number(text);
