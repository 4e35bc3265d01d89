import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ApiContext } from '../../../main/api/context';
import { dispatch } from '../../../main/api/dispatch';
import { createCompany } from '../../../main/domain/companies';
import { exportView } from '../../../main/domain/exporters/view';
import { exportWorkbook } from '../../../main/domain/exporters/workbook';
import { all, proposal, run } from '../import/helpers';
import { freshDb } from '../testDb';

// Exports fed by the page (headers, field names) and by records holding what a spreadsheet
// would take for formulas or cannot hold at all. Each is exported, then the file is read back.

const actor = { name: '办公室' };

async function cellsOf(bytes: Buffer): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0] as ExcelJS.Worksheet;
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('export cannot be tricked', () => {
  it('headers from the page are written as text, never as formulas', async () => {
    const bytes = await exportView(
      () => ({ rows: [{ name: '华东电子' }], total: 1 }),
      [
        { field: 'name', header: '=HYPERLINK("http://x","点我")', kind: 'text' },
        { field: 'name', header: '@SUM(A1)', kind: 'money' },
      ],
      '客商企业',
      'wan',
    );
    const [header] = await cellsOf(bytes);
    expect(header).toEqual(['\'=HYPERLINK("http://x","点我")', "'@SUM(A1)（万元）"]);
  });

  it('a field every object has (constructor, toString) is refused at the boundary and never read from a row', async () => {
    const db = freshDb();
    const ctx: ApiContext = { db, actor, databasePath: db.name, appVersion: '0', emit() {} };
    for (const field of ['constructor', 'toString', 'hasOwnProperty']) {
      const result = await dispatch(ctx, 'export.view', {
        channel: 'companies.list',
        columns: [{ field, header: '企业', kind: 'text' }],
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    // Past the boundary too, only a row's own fields are read.
    const bytes = await exportView(
      () => ({ rows: [{ name: '华东电子' }], total: 1 }),
      [{ field: 'constructor', header: '企业', kind: 'text' }],
      '客商企业',
      'wan',
    );
    const rows = await cellsOf(bytes);
    expect(rows[0]).toEqual(['企业']);
    expect(JSON.stringify(rows)).not.toContain('native code');
    expect(rows[1] ?? []).toEqual([]);
  });

  it("text that really starts with '= keeps its apostrophe through export and import; NUL stays visible as ␀", async () => {
    const source = freshDb();
    createCompany(source, actor, {
      name: '华东电子有限公司',
      notes: "'=1+1 原文就带撇号",
      intro: "''+86 两个撇号",
      talkingPoints: '合同编号\u0000A-17\u0007',
    });
    const bytes = await exportWorkbook(source);
    const exported = (await cellsOf(bytes))[1] as unknown[];
    expect(exported).toContain("''=1+1 原文就带撇号");
    expect(exported).toContain('合同编号␀A-17␇');

    const target = freshDb();
    const result = await run(target, proposal(bytes, 'companies', { onDuplicate: 'create' }));
    expect(result.counts.error).toBe(0);
    expect(all(target, 'SELECT notes, intro, talking_points AS talk FROM companies')).toEqual([
      { notes: "'=1+1 原文就带撇号", intro: "''+86 两个撇号", talk: '合同编号␀A-17␇' },
    ]);
  });
});
