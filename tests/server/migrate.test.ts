import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, NewerSchemaError, type ServerMigration } from '../../server/store/migrate';
import { freshDatabase, type TestDatabase } from './testDatabase';

const steps: ServerMigration[] = [
  { version: 1, name: 'notes', sql: `CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL);` },
  {
    version: 2,
    name: 'notes_author',
    sql: `ALTER TABLE notes ADD COLUMN author text; CREATE INDEX notes_author ON notes(author);`,
  },
];

describe('server schema migrations on PostgreSQL', () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await freshDatabase();
  });
  afterEach(() => db.drop());

  it('applies pending steps once, in order', async () => {
    expect(await migrate(db.sql, steps.slice(0, 1))).toBe(1);
    await db.sql.query(`INSERT INTO notes (body) VALUES ($1)`, ['招商简报']);
    expect(await migrate(db.sql, steps)).toBe(2);
    expect(await migrate(db.sql, steps)).toBe(2);
    const rows = await db.sql.query<{ body: string; author: string | null }>(
      `SELECT body, author FROM notes`,
    );
    expect(rows).toEqual([{ body: '招商简报', author: null }]);
  });

  it('refuses a database of a newer schema and changes nothing', async () => {
    await migrate(db.sql, steps);
    const older = steps.slice(0, 1);
    await expect(migrate(db.sql, older)).rejects.toThrow(NewerSchemaError);
    await expect(migrate(db.sql, older)).rejects.toThrow(/高于本程序支持的 1/);
    const rows = await db.sql.query<{ n: number }>(`SELECT count(*) AS n FROM server_schema`);
    expect(rows).toEqual([{ n: 2 }]);
  });

  it('leaves the schema as it was when a step fails', async () => {
    const broken = [
      ...steps,
      { version: 3, name: 'broken', sql: `ALTER TABLE notes ADD COLUMN x int; SELECT 1/0;` },
    ];
    await migrate(db.sql, steps.slice(0, 1));
    await expect(migrate(db.sql, broken)).rejects.toThrow();
    const columns = await db.sql.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'notes' ORDER BY column_name`,
    );
    expect(columns.map((c) => c.column_name)).toEqual(['body', 'id']);
  });
});
