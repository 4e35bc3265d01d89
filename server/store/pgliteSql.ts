import { PGlite, types as pgliteTypes, type Transaction } from '@electric-sql/pglite';
import { parseInt8, type Sql } from './sql';

const parsers = { [pgliteTypes.INT8]: parseInt8 };

function transactionSql(tx: Transaction): Sql {
  const self: Sql = {
    kind: 'pglite',
    query: async <R>(text: string, params?: readonly unknown[]) =>
      (await tx.query<R>(text, params as unknown[])).rows,
    exec: async (text) => void (await tx.exec(text)),
    transaction: (work) => work(self),
    close: () => Promise.resolve(),
  };
  return self;
}

/**
 * The embedded PostgreSQL (PGlite, PostgreSQL compiled to WebAssembly) in `dataDir`, so an office
 * can try the server with one command before it has a PostgreSQL server of its own.
 */
export async function openPglite(dataDir: string): Promise<Sql> {
  const db = await PGlite.create({ dataDir, parsers });
  return {
    kind: 'pglite',
    query: async <R>(text: string, params?: readonly unknown[]) =>
      (await db.query<R>(text, params as unknown[])).rows,
    exec: async (text) => void (await db.exec(text)),
    transaction: (work) => db.transaction((tx) => work(transactionSql(tx))),
    close: () => db.close(),
  };
}
