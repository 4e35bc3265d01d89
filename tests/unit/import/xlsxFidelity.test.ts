import { randomBytes } from 'node:crypto';
import { constants } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { openSpreadsheet } from '../../../main/domain/importers/files/open';
import { DomainError } from '@contract/shared/errors';
import { freshDb } from '../testDb';
import { deflated, writeZip, type RawEntry } from '../hostile/zipWriter';
import { compoundFile } from './compoundFile';
import { all, preview, proposal, run } from './helpers';
import { refusal } from './refusal';
import {
  DATE_STYLES,
  excelParts,
  excelWorkbook,
  MAIN_NS,
  relationship,
  relationshipsXml,
  zipParts,
} from './xlsxPackage';

// What Excel shows is what is read: files from writers other than Excel (.NET libraries, strict
// OOXML, hand-made exports) use the parts of XML and of the package format Excel reads too.

const rowsOf = (bytes: Uint8Array) => openSpreadsheet('台账.xlsx', bytes).sheet(0).rows;
const inline = (ref: string, text: string): string =>
  `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

describe('the xlsx reader reads what Excel shows', () => {
  it('leaves out XML comments in sheet data and shared strings', () => {
    const bytes = excelWorkbook({
      sheetData:
        '<!-- <row r="1"><c r="A1"><v>999</v></c></row> -->' +
        '<row r="1"><c r="A1" t="s"><v>0</v></c><!-- <c r="B1"><v>1</v></c> --><c r="C1" t="s"><v>1</v></c></row>' +
        '<row r="2"><c r="A2"><!-- <v>8</v> --><v>7</v></c></row>',
      strings:
        '<si><!-- <t>旧名</t> --><t>宁德时代</t></si><!-- <si><t>删去的</t></si> --><si><t>比亚迪</t></si>',
    });
    expect(rowsOf(bytes)).toEqual([['宁德时代', undefined, '比亚迪'], [7]]);
  });

  it('reads CDATA text without its markers', () => {
    const bytes = excelWorkbook({
      sheetData:
        `<row r="1"><c r="A1" t="s"><v>0</v></c>${inline('B1', '<![CDATA[A&B <有限>]]>')}` +
        '<c r="C1"><v><![CDATA[12.5]]></v></c><c r="D1" t="str"><v>前<![CDATA[<中>]]>后</v></c></row>',
      strings: '<si><t><![CDATA[宁德 & 时代 <!-- 不是注释 -->]]></t></si>',
    });
    expect(rowsOf(bytes)).toEqual([['宁德 & 时代 <!-- 不是注释 -->', 'A&B <有限>', 12.5, '前<中>后']]);
  });

  it('keeps error cells out of the values and lists them by row and column', () => {
    const grid = openSpreadsheet(
      '台账.xlsx',
      excelWorkbook({
        sheetData:
          `<row r="1">${inline('A1', '甲')}<c r="B1" t="e"><f>#REF!+1</f><v>#REF!</v></c></row>` +
          '<row r="2"><c r="A2" t="e"><v>#DIV/0!</v></c><c r="C2" t="e"><v>#N/A</v></c></row>',
      }),
    ).sheet(0);
    expect(grid.rows).toEqual([['甲'], []]);
    expect(grid.errors).toEqual(
      new Map([
        [0, new Map([[1, '#REF!']])],
        [
          1,
          new Map([
            [0, '#DIV/0!'],
            [2, '#N/A'],
          ]),
        ],
      ]),
    );
  });

  it('flags an error cell of a mapped column in the preview, and imports the row without its value', async () => {
    const ledger = excelWorkbook({
      sheetData:
        `<row r="1">${inline('A1', '项目名称')}${inline('B1', '企业名称')}${inline('C1', '计划投资')}</row>` +
        `<row r="2">${inline('A2', '动力电池项目')}${inline('B2', '宁德时代新能源科技股份有限公司')}<c r="C2" t="e"><v>#REF!</v></c></row>` +
        `<row r="3">${inline('A3', '整车零部件项目')}${inline('B3', '比亚迪股份有限公司')}<c r="C3"><v>5000</v></c></row>`,
    });
    const db = freshDb();
    const result = await preview(db, proposal(ledger, 'projects'));
    const flagged = result.rows.find((r) => r.row === 2);
    expect(flagged?.action).toBe('create');
    expect(flagged?.problems).toEqual([
      { field: 'plannedAmount', message: '计划投资（C 列）：单元格为错误值 #REF!，未导入', level: 'warning' },
    ]);
    expect(result.counts).toMatchObject({ create: 2, warning: 1, error: 0 });

    await run(db, proposal(ledger, 'projects', { onError: 'skip' }));
    expect(all(db, 'SELECT name, planned_amount AS planned FROM projects ORDER BY id')).toEqual([
      { name: '动力电池项目', planned: null },
      { name: '整车零部件项目', planned: 50_000_000 },
    ]);
  });

  it('reads date cells (t="d", ISO 8601) as dates, as a number in a date format reads', () => {
    const bytes = excelWorkbook({
      sheetData:
        '<row r="1"><c r="A1" t="d"><v>2024-03-15T00:00:00Z</v></c><c r="B1" t="d"><v>2024-03-15T09:30:00</v></c>' +
        '<c r="C1" t="d"><v>2024-03-15</v></c><c r="D1" s="1"><v>45366</v></c></row>',
      styles: DATE_STYLES,
    });
    const [row] = rowsOf(bytes);
    expect(row).toEqual(['2024-03-15', '2024-03-15 09:30', '2024-03-15', '2024-03-15']);
    expect(row?.[0]).toBe(row?.[3]);
  });

  it('finds the workbook, its sheets, shared strings and styles through the relationships', () => {
    const parts = excelParts({
      sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45366</v></c></row>',
      strings: '<si><t>宁德时代</t></si>',
      styles: DATE_STYLES,
    });
    const moved: Record<string, string> = {
      '[Content_Types].xml': parts['[Content_Types].xml'] as string,
      '_rels/.rels': relationshipsXml(relationship('rId1', 'officeDocument', '/xl/workbook2.xml')),
      'xl/workbook2.xml': (parts['xl/workbook.xml'] as string).replace(
        '<sheet name="台账" sheetId="1" r:id="rId1"/>',
        '<sheet name="封面" sheetId="2" r:id="rId9"/><sheet name="台账" sheetId="1" r:id="rId1"/>',
      ),
      'xl/_rels/workbook2.xml.rels': relationshipsXml(
        relationship('rId1', 'worksheet', '/xl/worksheets/s1.xml'),
        relationship('rId9', 'worksheet', 'worksheets/../sheets/cover.xml'),
        relationship('rId2', 'sharedStrings', '/xl/strings/sst.xml'),
        relationship('rId3', 'styles', 'theme/../look.xml'),
      ),
      'xl/worksheets/s1.xml': parts['xl/worksheets/sheet1.xml'] as string,
      // Part names are matched without regard to case, as the package format says.
      'xl/Sheets/Cover.xml': `<worksheet xmlns="${MAIN_NS}"><sheetData><row r="1">${inline('A1', '封面')}</row></sheetData></worksheet>`,
      'xl/strings/sst.xml': parts['xl/sharedStrings.xml'] as string,
      'xl/look.xml': parts['xl/styles.xml'] as string,
    };
    const src = openSpreadsheet('台账.xlsx', zipParts(moved));
    expect(src.sheetNames).toEqual(['封面', '台账']);
    expect(src.sheet(0).rows).toEqual([['封面']]);
    expect(src.sheet(1).rows).toEqual([['宁德时代', '2024-03-15']]);
  });

  it('reads a workbook whose elements carry a namespace prefix, as .NET writers make them', () => {
    const x = `xmlns:x="${MAIN_NS}"`;
    const r = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
    const parts = excelParts({ sheetData: '', strings: '', styles: '' });
    parts['xl/workbook.xml'] =
      `<?xml version="1.0" encoding="utf-8"?><x:workbook ${x} ${r}><x:workbookPr date1904="1"/>` +
      '<x:sheets><x:sheet name="台账" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>';
    parts['xl/worksheets/sheet1.xml'] =
      `<?xml version="1.0" encoding="utf-8"?><x:worksheet ${x}><x:sheetData><x:row r="1">` +
      '<x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>内联</x:t></x:is></x:c>' +
      '<x:c r="C1" s="1"><x:v>0</x:v></x:c><x:c r="D1"><x:v>3.5</x:v></x:c></x:row></x:sheetData>' +
      '<x:mergeCells><x:mergeCell ref="A3:B3"/></x:mergeCells></x:worksheet>';
    parts['xl/sharedStrings.xml'] =
      `<x:sst ${x}><x:si><x:r><x:t>宁德</x:t></x:r><x:r><x:t>时代</x:t></x:r></x:si></x:sst>`;
    parts['xl/styles.xml'] =
      `<x:styleSheet ${x}><x:cellXfs><x:xf numFmtId="0"/><x:xf numFmtId="14"/></x:cellXfs></x:styleSheet>`;
    const grid = openSpreadsheet('台账.xlsx', zipParts(parts)).sheet(0);
    expect(grid.rows).toEqual([['宁德时代', '内联', '1904-01-01', 3.5]]);
    expect(grid.merges).toEqual([{ r1: 2, c1: 0, r2: 2, c2: 1 }]);
  });

  it('refuses a sheet too large for one string with the size message, before inflating anything', () => {
    // The directory declares one byte more than V8's longest string; the data passes the zip
    // bomb checks (ratio under 300) and is never inflated, so nothing near 512 MB is allocated.
    const declaredSize = constants.MAX_STRING_LENGTH + 1;
    const sheet: RawEntry = {
      name: 'xl/worksheets/sheet1.xml',
      data: randomBytes(Math.ceil(declaredSize / 290)),
      declaredSize,
    };
    const entries = Object.entries(excelParts({ sheetData: '' }))
      .filter(([path]) => path !== sheet.name)
      .map(([path, xml]) => deflated(path, xml));
    const src = openSpreadsheet('台账.xlsx', writeZip([...entries, sheet]));
    const started = performance.now();
    let error: unknown;
    try {
      src.sheet(0);
    } catch (e) {
      error = e;
    }
    expect(performance.now() - started).toBeLessThan(500);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('TOO_LARGE');
    expect((error as DomainError).message).toContain('解压后超过 512 MB');
  });

  it('reads a zip64 workbook laid out as Info-ZIP (zip -fz) and Python write it', () => {
    const parts = excelParts({
      sheetData: `<row r="1"><c r="A1" t="s"><v>0</v></c>${inline('B1', '华东电子')}</row>`,
      strings: '<si><t>宁德时代</t></si>',
    });
    const entries = Object.entries(parts).map(([path, xml]) => deflated(path, xml));
    const zip64 = writeZip(entries, 'zip -fz');
    expect(rowsOf(zip64)).toEqual([['宁德时代', '华东电子']]);
    expect(rowsOf(zip64)).toEqual(rowsOf(writeZip(entries, 'plain')));
  });

  it('says a password-protected file is encrypted, and an old .xls that it is to be saved as .xlsx', () => {
    const encrypted = compoundFile(['EncryptionInfo', 'EncryptedPackage']);
    expect(refusal(() => openSpreadsheet('台账.xlsx', encrypted))).toBe(
      '文件已加密，请在 Excel 中取消密码后再导入',
    );
    const xls = compoundFile(['Workbook', '\u0005SummaryInformation']);
    expect(refusal(() => openSpreadsheet('台账.xls', xls))).toContain('“另存为” .xlsx');
  });
});
