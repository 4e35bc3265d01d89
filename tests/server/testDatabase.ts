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

async function admin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  try {
    await client.connect();
  } catch (err) {
    throw new Error(
      `PostgreSQL is not reachable at ${adminUrl} (${(err as Error).message}); start it with: sudo bash scripts/postgres-for-tests.sh`,
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

/**
 * A new empty database of its own, so test files run in parallel without seeing each other;
 * `adminUrl` names another PostgreSQL to make it on (the load bench's DATABASE_URL).
 */
export async function freshDatabase(adminUrl = TEST_PG_ADMIN_URL): Promise<TestDatabase> {
  const name = `leadatlas_test_${randomBytes(6).toString('hex')}`;
  await admin(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = withDatabase(adminUrl, name);
  const sql = openPostgres(url, 4);
  return {
    url,
    sql,
    async drop() {
      await sql.close();
      await admin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
