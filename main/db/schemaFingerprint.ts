import Database from './driver';
import { migrations } from './migrations';
import type { Db } from './open';

/**
 * The tables and columns a database has, one line per table ("projects: id INTEGER, name TEXT …"),
 * sorted: what a backup must match before its rows replace the office's.
 */
export function schemaFingerprint(db: Db, schema = 'main'): string[] {
  const tables = db
    .prepare(`SELECT name FROM "${schema}".sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .pluck()
    .all() as string[];
  return tables
    .map((table) => {
      const columns = db.pragma(`"${schema}".table_info("${table.replace(/"/g, '""')}")`) as {
        name: string;
        type: string;
      }[];
      return `${table}: ${columns.map((c) => `${c.name} ${c.type}`).join(', ')}`;
    })
    .sort();
}

let expected: string[][] | null = null;

/**
 * The fingerprint of each schema version, taken from the migrations themselves (applied one by
 * one to an empty database in memory), so it can never drift from what the app really creates.
 */
export function fingerprintOfVersion(version: number): string[] | null {
  if (!expected) {
    const all: string[][] = [];
    const db = new Database(':memory:');
    try {
      db.function('office_today', { deterministic: false }, () => '2000-01-01');
      for (let v = 1; v <= migrations.length; v++) {
        db.exec(migrations[v - 1]?.sql ?? '');
        db.pragma(`user_version = ${v}`);
        all.push(schemaFingerprint(db));
      }
    } finally {
      db.close();
    }
    expected = all;
  }
  return expected[version - 1] ?? null;
}

/** What differs between a database's tables and those of its version, in Chinese; null when they match. */
export function schemaMismatch(actual: string[], version: number): string | null {
  const want = fingerprintOfVersion(version);
  if (!want) return `数据版本 ${version} 不是招商通的版本`;
  const tableOf = (line: string): string => line.slice(0, line.indexOf(':'));
  const have = new Map(actual.map((l) => [tableOf(l), l]));
  const need = new Map(want.map((l) => [tableOf(l), l]));
  const missing = [...need.keys()].filter((t) => !have.has(t));
  if (missing.length) return `缺少数据表 ${missing.slice(0, 5).join('、')}${missing.length > 5 ? ' 等' : ''}`;
  const extra = [...have.keys()].filter((t) => !need.has(t));
  if (extra.length) return `含有招商通没有的数据表 ${extra.slice(0, 5).join('、')}`;
  const changed = [...need].filter(([t, line]) => have.get(t) !== line).map(([t]) => t);
  if (changed.length) return `数据表 ${changed.slice(0, 5).join('、')} 的字段与该版本不符`;
  return null;
}
