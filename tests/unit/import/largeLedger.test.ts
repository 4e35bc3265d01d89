import { describe, expect, it } from 'vitest';
import { createCompany } from '../../../main/domain/companies';
import type { Cell, Grid } from '../../../main/domain/importers/files/grid';
import { creditCodeCheckChar } from '@contract/shared/creditCode';
import { freshDb, rowCount } from '../testDb';
import { actor, proposedSpec, run } from './helpers';

// A few rows into a ledger far larger than the file: its companies are looked up as the rows ask
// for them instead of read whole, and each row finds exactly what it finds in a small ledger.

const code = (body: string): string => body + creditCodeCheckChar(body);
const CATL = code('91350900MA2YB9N0X');
const OTHER = code('91320500MA1MXXX0Y');

function ledgerOf(filler: number) {
  const db = freshDb();
  createCompany(db, actor, { name: '宁德时代新能源科技股份有限公司', creditCode: CATL });
  createCompany(db, actor, { name: '比亚迪股份有限公司' });
  for (let i = 0; i < filler; i++) createCompany(db, actor, { name: `已有企业${i}号有限公司` });
  return db;
}

const ROWS: Cell[][] = [
  ['企业名称', '统一社会信用代码', '所属行业'],
  // The same name: the company already there.
  ['比亚迪股份有限公司', '', '新能源汽车'],
  // Another name, the credit code of one already there: that one.
  ['宁德时代（宁德）新能源有限公司', CATL, '新能源汽车'],
  // The name of one already there with another credit code: another legal entity.
  ['宁德时代新能源科技股份有限公司', OTHER, '新能源汽车'],
  // New, and twice in the file: made once.
  ['新建甲科技有限公司', '', '新材料'],
  ['新建甲科技有限公司', '', '新材料'],
];

describe('an import of a few rows into a large ledger', () => {
  it.each([
    ['a small ledger (read whole)', 0],
    ['a ledger of 400 companies (looked up row by row)', 400],
  ])('finds the same companies in %s', async (_ledger, filler) => {
    const db = ledgerOf(filler);
    const grid: Grid = { rows: ROWS, merges: [] };
    const result = await run(db, { grid, spec: proposedSpec(grid, 'companies', { onDuplicate: 'skip' }) });
    expect(result.counts).toMatchObject({ create: 2, skip: 3 });
    expect(rowCount(db, 'companies')).toBe(filler + 4);
    const named = db
      .prepare(`SELECT name, credit_code AS code FROM companies WHERE name LIKE '宁德时代%' ORDER BY id`)
      .all();
    expect(named).toEqual([
      { name: '宁德时代新能源科技股份有限公司', code: CATL },
      { name: '宁德时代新能源科技股份有限公司', code: OTHER },
    ]);
  });
});
