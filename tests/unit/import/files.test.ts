import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { openSpreadsheet } from '../../../main/domain/importers/files/open';
import { isDateFormatCode } from '../../../main/domain/importers/files/xlsxStyles';
import { CODES, companyCsvGbk, projectLedger } from '../../fixtures/ledgers';
import { refusal } from './refusal';

describe('reading xlsx', () => {
  it('reads strings, numbers, Excel dates and merged title rows as the person sees them', async () => {
    const src = openSpreadsheet('台账.xlsx', new Uint8Array(await projectLedger()));
    expect(src.sheetNames).toEqual(['2024年项目台账']);
    const grid = src.sheet(0);
    expect(grid.rows[0]?.[0]).toBe('谷城经济开发区2024年招商引资项目推进台账');
    expect(grid.merges).toContainEqual({ r1: 0, c1: 0, r2: 0, c2: 12 });
    const first = grid.rows[3] ?? [];
    expect(first.slice(0, 7)).toEqual([
      1,
      '动力电池生产基地项目',
      '宁德时代新能源科技股份有限公司',
      CODES.catl,
      84.57,
      '3,000',
      '2024-01-08',
    ]);
    // A serial number typed into a cell without a date format stays a number.
    expect(grid.rows[8]?.[6]).toBe(45292);
    expect(grid.rows[6]).toEqual([]);
  });

  it('never evaluates formulas: the value Excel saved is what is read', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('s');
    ws.addRow(['名称', '金额']);
    ws.addRow(['甲', { formula: 'SUM(1,2)', result: 3 }]);
    ws.addRow(['=HYPERLINK("http://evil")', { formula: 'CONCAT("a","b")', result: 'ab' }]);
    const grid = openSpreadsheet('f.xlsx', new Uint8Array(await wb.xlsx.writeBuffer())).sheet(0);
    expect(grid.rows[1]).toEqual(['甲', 3]);
    expect(grid.rows[2]).toEqual(['=HYPERLINK("http://evil")', 'ab']);
  });

  it('refuses zip bombs before decompressing them', () => {
    const zeros = new Uint8Array(16 * 1024 * 1024);
    const bomb = zipSync(
      { 'xl/workbook.xml': new TextEncoder().encode('<workbook/>'), 'xl/worksheets/sheet1.xml': zeros },
      { level: 9 },
    );
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(refusal(() => openSpreadsheet('bomb.xlsx', bomb))).toContain('压缩比异常');
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < 2100; i++) many[`f${i}.xml`] = new Uint8Array(1);
    expect(refusal(() => openSpreadsheet('many.xlsx', zipSync(many)))).toContain('部件');
  });

  it('refuses old .xls, oversized and non-spreadsheet files with what to do', () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(refusal(() => openSpreadsheet('旧台账.xls', ole))).toContain('另存为');
    expect(refusal(() => openSpreadsheet('big.csv', new Uint8Array(51 * 1024 * 1024)))).toContain('50 MB');
    expect(refusal(() => openSpreadsheet('x.xlsx', new TextEncoder().encode('not a zip')))).toContain('损坏');
    expect(
      refusal(() => openSpreadsheet('a.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))),
    ).toContain('不是表格');
  });

  it('knows date number formats from other ones', () => {
    expect(isDateFormatCode('yyyy"年"m"月"d"日"')).toBe(true);
    expect(isDateFormatCode('[$-F800]dddd, mmmm dd, yyyy')).toBe(true);
    expect(isDateFormatCode('#,##0.00"万元"')).toBe(false);
    expect(isDateFormatCode('0.00E+00')).toBe(false);
    expect(isDateFormatCode('@')).toBe(false);
  });
});

describe('reading csv', () => {
  it('decodes GBK from a Chinese Windows, with quoted commas', () => {
    const src = openSpreadsheet('企业名录.csv', new Uint8Array(companyCsvGbk()));
    const rows = src.sheet(0).rows;
    expect(rows[0]?.[0]).toBe('企业名称');
    expect(rows[1]).toEqual([
      '宁德时代新能源科技股份有限公司',
      CODES.catl,
      '新能源',
      '上市公司',
      '福建省宁德市',
      '244,000',
      '曾毓群',
      '董事长',
      '13800138000',
    ]);
    expect(rows).toHaveLength(5);
  });
  it('reads UTF-8 with BOM and UTF-16 tab-separated text', () => {
    const utf8 = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('名称,行业\n"海康,威视",安防\n'),
    ]);
    expect(openSpreadsheet('a.csv', new Uint8Array(utf8)).sheet(0).rows).toEqual([
      ['名称', '行业'],
      ['海康,威视', '安防'],
    ]);
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      iconv.encode('名称\t行业\r\n比亚迪\t汽车\r\n', 'utf16le'),
    ]);
    expect(openSpreadsheet('b.txt', new Uint8Array(utf16)).sheet(0).rows).toEqual([
      ['名称', '行业'],
      ['比亚迪', '汽车'],
    ]);
  });
});
