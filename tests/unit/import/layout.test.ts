import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { TARGET_FIELDS } from '@contract/importers/fields';
import { openSpreadsheet } from '../../../main/domain/importers/files/open';
import { detectHeaderRow, layoutAt } from '../../../main/domain/importers/header/detect';
import { skipReason } from '../../../main/domain/importers/header/rows';
import { suggestMapping } from '../../../main/domain/importers/header/suggest';
import { projectLedger } from '../../fixtures/ledgers';

describe('header row and columns', () => {
  it('finds the header under a merged title and a 单位：万元 note', async () => {
    const grid = openSpreadsheet('台账.xlsx', new Uint8Array(await projectLedger())).sheet(0);
    const row = detectHeaderRow(grid, TARGET_FIELDS.projects);
    expect(row).toBe(2);
    const layout = layoutAt(grid, row);
    expect(layout).toMatchObject({
      dataStart: 3,
      unitHint: 'wan',
      title: '谷城经济开发区2024年招商引资项目推进台账',
    });
    const mapping = suggestMapping(layout.headers, TARGET_FIELDS.projects, layout.unitHint);
    const byHeader = Object.fromEntries(
      mapping.map((m) => [layout.headers[m.column], [m.field, m.unit ?? null]]),
    );
    expect(byHeader).toMatchObject({
      序号: [null, null],
      项目名称: ['name', null],
      投资方: ['companyName', null],
      '总投资（亿元）': ['plannedAmount', 'yi'],
      合同投资额: ['contractAmount', 'wan'],
      签约时间: ['signedOn', null],
      项目进展: ['stage', null],
      责任单位: ['teamName', null],
      联系电话: ['contactPhone', null],
    });
  });

  it('joins a two-level header: the merged group and its sub-columns', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('s');
    ws.addRow(['序号', '项目名称', '投资额（亿元）', '', '签约时间']);
    ws.addRow(['', '', '总投资', '本年计划', '']);
    ws.mergeCells('C1:D1');
    ws.addRow([1, '甲项目', 5, 1, '2024-01-01']);
    const grid = openSpreadsheet('t.xlsx', new Uint8Array(await wb.xlsx.writeBuffer())).sheet(0);
    const layout = layoutAt(grid, detectHeaderRow(grid, TARGET_FIELDS.projects));
    expect(layout.headers).toEqual([
      '序号',
      '项目名称',
      '投资额（亿元） 总投资',
      '投资额（亿元） 本年计划',
      '签约时间',
    ]);
    expect(layout.dataStart).toBe(2);
    const mapping = suggestMapping(layout.headers, TARGET_FIELDS.projects, null);
    expect(mapping[2]).toMatchObject({ field: 'plannedAmount', unit: 'yi' });
    expect(mapping[3]).toMatchObject({ field: 'annualPlanAmount', unit: 'yi' });
  });

  it('recognises rows that are not records', () => {
    const headers = ['序号', '项目名称', '总投资'];
    expect(skipReason([null, '', '  '], headers)).toBe('blank');
    expect(skipReason(['合 计', null, 114.07], headers)).toBe('total');
    expect(skipReason([null, '小计', 3], headers)).toBe('total');
    expect(skipReason(['序号', '项目名称', '总投资'], headers)).toBe('header');
    expect(skipReason(['一、新签约项目'], headers)).toBe('section');
    expect(skipReason(['注：金额单位为万元'], headers)).toBe('note');
    expect(skipReason([1, '合计收入提升项目', 3], headers)).toBeNull();
  });
});
