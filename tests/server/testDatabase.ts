import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPostgres } from '../../server/store/pgSql';
import type { Sql } from '../../server/store/sql';

/**
 * The PostgreSQL the server's tests run against: this machine's, started by
 * scripts/postgres-for-tests.sh (which .ci/run calls). LEADATLAS_TEST_PG names another.
 */
export const TEST_PG_ADMIN_URL =
  process.env.LEADATLAS_TEST_PG ?? 'postgres://leadatlas_test:leadatlas_test@127.0.0.1:5432/postgres';

const withDatabase = (url: string, name: string): string => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_PG_ADMIN_URL });
  try {
    await client.connect();
  } catch (err) {
    throw new Error(
      `PostgreSQL is not reachable at ${TEST_PG_ADMIN_URL} (${(err as Error).message}); start it with: sudo bash scripts/postgres-for-tests.sh`,
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  url: string;
  sql: Sql;
  /** Closes the pool and drops the database. */
  drop(): Promise<void>;
}

/** A new empty database of its own, so test files run in parallel without seeing each other. */
export async function freshDatabase(): Promise<TestDatabase> {
  const name = `leadatlas_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = withDatabase(TEST_PG_ADMIN_URL, name);
  const sql = openPostgres(url, 4);
  return {
    url,
    sql,
    async drop() {
      await sql.close();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
