import pg from 'pg';
import { parseInt8, type Sql } from './sql';

const INT8 = 20;
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === INT8
      ? parseInt8
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

function clientSql(client: pg.PoolClient): Sql {
  const self: Sql = {
    kind: 'postgres',
    query: async <R>(text: string, params?: readonly unknown[]) =>
      (await client.query(text, params as unknown[])).rows as R[],
    exec: async (text) => void (await client.query(text)),
    // Nested work joins the open transaction: one commit or one rollback for all of it.
    transaction: (work) => work(self),
    close: () => Promise.resolve(),
  };
  return self;
}

/** A pool on the PostgreSQL server `url` names (postgres://user:password@host:port/database). */
export function openPostgres(url: string, max = 10): Sql {
  const pool = new pg.Pool({ connectionString: url, max, types });
  // An idle connection the server drops (a restart) must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  return {
    kind: 'postgres',
    query: async <R>(text: string, params?: readonly unknown[]) =>
      (await pool.query(text, params as unknown[])).rows as R[],
    exec: async (text) => void (await pool.query(text)),
    async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      // A connection lost mid-transaction fails the statement under way; its 'error' event must
      // not crash the process, and the broken connection must leave the pool, not be reused.
      let lost: Error | undefined;
      const onError = (err: Error) => void (lost = err);
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const result = await work(clientSql(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch((e: unknown) => void (lost ??= e as Error));
        throw err;
      } finally {
        client.off('error', onError);
        client.release(lost);
      }
    },
    close: () => pool.end(),
  };
}
