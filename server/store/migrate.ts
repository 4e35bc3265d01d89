import type { Sql } from './sql';

/** One step of the server's PostgreSQL schema. Numbered from 1; immutable once released. */
export interface ServerMigration {
  version: number;
  name: string;
  sql: string;
}

/** The database was written by a newer server program: starting would misread it. */
export class NewerSchemaError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `数据库结构版本为 ${found}，高于本程序支持的 ${known}：请先升级办公室服务器程序，数据库未作任何改动。`,
    );
  }
}

/**
 * Brings the database to the newest of `migrations`, all pending steps in one transaction (a
 * failed step leaves the schema as it was) under an advisory lock so two servers started together do not both apply a step. Refuses a database
 * whose schema is newer than this program knows, before touching anything.
 */
export async function migrate(sql: Sql, migrations: readonly ServerMigration[]): Promise<number> {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`server migration ${m.name} should be number ${i + 1}`);
  });
  const known = migrations.length;
  return sql.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(7301195)`);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS server_schema (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const [{ version }] = (await tx.query<{ version: number }>(
      `SELECT coalesce(max(version), 0) AS version FROM server_schema`,
    )) as [{ version: number }];
    if (version > known) throw new NewerSchemaError(version, known);
    for (const m of migrations.slice(version)) {
      await tx.exec(m.sql);
      await tx.query(`INSERT INTO server_schema (version, name) VALUES ($1, $2)`, [m.version, m.name]);
    }
    return known;
  });
}
