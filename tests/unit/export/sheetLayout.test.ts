import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createCompany } from '../../../main/domain/companies';
import { MONEY_FORMAT } from '../../../main/domain/exporters/cells';
import { exportView } from '../../../main/domain/exporters/view';
import { exportWorkbook } from '../../../main/domain/exporters/workbook';
import { MAX_WIDTH, textWidth } from '../../../main/domain/exporters/widths';
import { createProject } from '../../../main/domain/projects';
import { freshDb } from '../testDb';

// An exported sheet as the office opens it: columns wide enough to read, amounts without
// “.00” noise, the header frozen and the filter buttons on it. Read back with exceljs.

const LONG_NAME = '徐州经济技术开发区新能源电池材料产业园二期项目';
const rows = [
  { name: LONG_NAME, planned: 1_200_000_000, note: '短' },
  { name: '冷链物流园', planned: 125_000, note: '甲'.repeat(80) },
  { name: 'AB', planned: 123_456_789, note: null },
];

async function sheetOf(bytes: Buffer, index = 0): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets[index] as ExcelJS.Worksheet;
}

const exported = (): Promise<Buffer> =>
  exportView(
    () => ({ rows, total: rows.length }),
    [
      { field: 'name', header: '项目名称', kind: 'text' },
      { field: 'planned', header: '计划投资', kind: 'money' },
      { field: 'note', header: '备注', kind: 'text' },
    ],
    '招商项目',
    'wan',
  );

describe('an exported sheet reads well in Excel and WPS', () => {
  it('columns fit their widest text, a Chinese character counting two, up to a cap', async () => {
    const ws = await sheetOf(await exported());
    const [name, money, note] = [1, 2, 3].map((i) => ws.getColumn(i).width ?? 0);
    // Counted as one width per character, the long Chinese name would be cut at half its length.
    expect(textWidth(LONG_NAME)).toBe([...LONG_NAME].length * 2);
    expect(name).toBeGreaterThanOrEqual(textWidth(LONG_NAME));
    expect(name).toBeLessThan(textWidth(LONG_NAME) + 4);
    // 12,345.6789 and the header 计划投资（万元） with its filter button both fit.
    expect(money).toBeGreaterThanOrEqual(Math.max('12,345.6789'.length, textWidth('计划投资（万元）') + 2));
    expect(note).toBe(MAX_WIDTH);
  });

  it('amounts are numbers in 万元: whole ones without decimals, the rest with the places they have', async () => {
    const ws = await sheetOf(await exported());
    expect(ws.getCell('B1').value).toBe('计划投资（万元）');
    const cells = [2, 3, 4].map((r) => ws.getCell(`B${r}`));
    expect(cells.map((c) => c.value)).toEqual([120_000, 12.5, 12_345.6789]);
    expect(cells.map((c) => c.numFmt)).toEqual([
      MONEY_FORMAT.whole,
      MONEY_FORMAT.fraction,
      MONEY_FORMAT.fraction,
    ]);
    // Neither format pads with “.00”, and the fraction one is never used for a whole amount (“12.”).
    expect(Object.values(MONEY_FORMAT).some((f) => f.includes('.00'))).toBe(false);
  });

  it('the header row is frozen and carries the filter over every row', async () => {
    const ws = await sheetOf(await exported());
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
    expect(ws.autoFilter).toBe('A1:C4');
  });

  it('every sheet of the whole-ledger workbook has the same frozen, filtered header', async () => {
    const db = freshDb();
    const c = createCompany(db, { name: '办公室' }, { name: '宁德时代新能源科技股份有限公司' });
    createProject(db, { name: '办公室' }, { name: '电池项目', companyId: c.id, plannedAmount: 850_000_000 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportWorkbook(db)) as unknown as ArrayBuffer);
    for (const ws of wb.worksheets) {
      expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(String(ws.autoFilter), ws.name).toMatch(/^A1:[A-Z]+\d+$/);
    }
    const projects = wb.getWorksheet('招商项目') as ExcelJS.Worksheet;
    const planned = (projects.getRow(1).values as unknown[]).indexOf('计划投资（万元）');
    expect(projects.getRow(2).getCell(planned).value).toBe(85_000);
    expect(projects.getRow(2).getCell(planned).numFmt).toBe(MONEY_FORMAT.whole);
  });
});
