import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/db/open';
import { columnsOf, compareKeys, sumByKey, type Key } from '../../../main/domain/indicators/grouped';

// The breakdowns add their rows up per key in a Map instead of SQL's GROUP BY: the sums and the
// order of rows that tie on every figure must be SQLite's own.
describe('grouping in a Map', () => {
  const db = openDatabase(':memory:');
  db.exec('CREATE TEMP TABLE r (k, a INTEGER, b INTEGER)');
  const insert = db.prepare('INSERT INTO r VALUES (?, ?, ?)');
  const keys: Key[] = [
    '智能制造',
    '电子信息',
    null,
    'ａ',
    'A',
    'a',
    '𠀀新材料',
    '\uffe0',
    330000,
    110000,
    '',
  ];
  keys.forEach((k, i) => {
    for (let n = 0; n <= i % 4; n++) insert.run(k, n % 2 ? null : 1_000_000_007 * (n + 1), i);
  });

  it('gives the count and sums of SQL per key, nulls counting as zero', () => {
    const [k = [], a = [], b = []] = columnsOf(
      db,
      'SELECT json_group_array(k), json_group_array(a), json_group_array(b) FROM r',
      {},
    );
    const ours = [...sumByKey(k, a, b)].map(([key, sums]) => [key, ...sums]);
    const sql = db
      .prepare('SELECT k, count(*), coalesce(sum(a), 0), coalesce(sum(b), 0) FROM r GROUP BY k')
      .raw()
      .all();
    expect(ours.sort((x, y) => compareKeys(x[0] as Key, y[0] as Key))).toEqual(sql);
  });

  it("orders keys as SQLite does: null, numbers, then text by its bytes (not JavaScript's UTF-16)", () => {
    const sql = db.prepare('SELECT DISTINCT k FROM r ORDER BY k').pluck().all();
    expect([...keys].sort(compareKeys)).toEqual(sql);
    // '𠀀' is a surrogate pair in UTF-16, which JavaScript's < puts before '\uffe0'.
    expect(['\uffe0', '𠀀'].sort()).toEqual(['𠀀', '\uffe0']);
  });
});
