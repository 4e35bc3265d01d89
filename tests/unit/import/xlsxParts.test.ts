import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openSpreadsheet } from '../../../main/domain/importers/files/open';
import { readSharedStrings } from '../../../main/domain/importers/files/sharedStrings';
import { cellRef, readSheetXml } from '../../../main/domain/importers/files/sheetXml';
import { refusal } from './refusal';

// Workbooks written part by part, to reach what Excel, WPS and other writers put in the XML.
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

interface Parts {
  strings?: string;
  styles?: string;
  workbookPr?: string;
  /** 0: entries stored without compression. */
  level?: 0 | 6;
}

function workbook(sheetData: string, parts: Parts = {}, tail = ''): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'xl/workbook.xml': enc(
      `<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
        `${parts.workbookPr ?? ''}<sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': enc(
      `<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': enc(`<worksheet><sheetData>${sheetData}</sheetData>${tail}</worksheet>`),
  };
  if (parts.strings !== undefined) files['xl/sharedStrings.xml'] = enc(`<sst>${parts.strings}</sst>`);
  if (parts.styles !== undefined) files['xl/styles.xml'] = enc(`<styleSheet>${parts.styles}</styleSheet>`);
  return zipSync(files, { level: parts.level ?? 6 });
}

const rowsOf = (bytes: Uint8Array) => openSpreadsheet('t.xlsx', bytes).sheet(0).rows;
const plain = { strings: [], dates: [], date1904: false };

describe('shared strings', () => {
  it('reads plain, preserved, empty, escaped and rich-text items, without phonetic runs', () => {
    const strings = readSharedStrings(
      '<si><t>宁德时代</t></si>' +
        '<si><t xml:space="preserve">  两头空格  </t></si>' +
        '<si/>' +
        '<si><t/></si>' +
        '<si><t>A&amp;B &lt;有限&gt; &#x4E2D;&#22269; &quot;x&apos;</t></si>' +
        '<si><r><rPr><b/></rPr><t>比亚迪</t></r><r><t xml:space="preserve"> 股份</t></r></si>' +
        '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>' +
        '<si><t>第一行_x000D_\n第二行</t></si>',
    );
    expect(strings).toEqual([
      '宁德时代',
      '  两头空格  ',
      '',
      '',
      'A&B <有限> 中国 "x\'',
      '比亚迪 股份',
      '東京',
      '第一行\r\n第二行',
    ]);
  });
});

describe('worksheet cells', () => {
  it('takes shared, inline and rich inline strings, numbers, booleans and formula text, not errors', () => {
    const rows = rowsOf(
      workbook(
        '<row r="1">' +
          '<c r="A1" t="s"><v>1</v></c>' +
          '<c r="B1" t="inlineStr"><is><t>内联&amp;文本</t></is></c>' +
          '<c r="C1" t="inlineStr"><is><r><t>富</t></r><r><rPr><i/></rPr><t>文本</t></r></is></c>' +
          '<c r="D1"><v>84.57</v></c>' +
          '<c r="E1" t="n"><v>-1.5E-3</v></c>' +
          '<c r="F1" t="b"><v>1</v></c>' +
          '<c r="G1" t="b"><v>0</v></c>' +
          '<c r="H1" t="e"><v>#N/A</v></c>' +
          '<c r="I1" t="str"><f>A1&amp;"x"</f><v>结果&lt;1&gt;</v></c>' +
          '<c r="J1"><f>SUM(1,2)</f><v>3</v></c>' +
          '</row>',
        { strings: '<si><t>零</t></si><si><t>一</t></si>' },
      ),
    );
    // An error cell is no value: it is listed apart (see xlsxFidelity.test.ts).
    expect(rows[0]).toEqual([
      '一',
      '内联&文本',
      '富文本',
      84.57,
      -0.0015,
      true,
      false,
      undefined,
      '结果<1>',
      3,
    ]);
  });

  it('places rows and cells without an r attribute after the one before', () => {
    const rows = rowsOf(
      workbook(
        '<row><c><v>1</v></c><c><v>2</v></c></row>' +
          '<row r="4"><c r="B4"><v>3</v></c><c><v>4</v></c></row>' +
          '<row><c r="C5"><v>5</v></c></row>' +
          "<row r='6'><c r='A6' t='inlineStr'><is><t>单引号</t></is></c></row>",
      ),
    );
    expect(rows).toEqual([[1, 2], [], [], [undefined, 3, 4], [undefined, undefined, 5], ['单引号']]);
  });

  it('leaves out empty cells, empty values and self-closing tags, and keeps every row up to the last', () => {
    const rows = rowsOf(
      workbook(
        '<row r="1" spans="1:3"><c r="A1" s="1"/><c r="B1"><v></v></c><c r="C1" t="s"><v/></c></row>' +
          '<row r="2"/>' +
          '<row r="3"><c r="A3" t="inlineStr"><is><t></t></is></c><c r="B3"><v>7</v></c></row>',
      ),
    );
    expect(rows).toEqual([[], [], [undefined, 7]]);
  });

  it('turns numbers in date formats into dates, built-in, custom and 1904-based, and leaves other numbers', () => {
    const styles =
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>' +
      '<numFmt numFmtId="165" formatCode="#,##0.00&quot;万元&quot;"/></numFmts>' +
      '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="22"/></cellXfs>';
    const sheet =
      '<row r="1"><c r="A1" s="1"><v>45292</v></c><c r="B1" s="2"><v>45300</v></c>' +
      '<c r="C1" s="3"><v>45292</v></c><c r="D1" s="4"><v>45292.75</v></c><c r="E1"><v>45292</v></c>' +
      '<c r="F1" s="9"><v>45292</v></c></row>';
    expect(rowsOf(workbook(sheet, { styles }))[0]).toEqual([
      '2024-01-01',
      '2024-01-09',
      45292,
      '2024-01-01 18:00',
      45292,
      45292,
    ]);
    expect(rowsOf(workbook(sheet, { styles, workbookPr: '<workbookPr date1904="1"/>' }))[0]?.[0]).toBe(
      '2028-01-02',
    );
  });

  it('reads entries stored without compression as well as deflated ones', () => {
    const sheet = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>2</v></c></row>';
    const strings = '<si><t>甲</t></si>';
    expect(rowsOf(workbook(sheet, { strings, level: 0 }))).toEqual([['甲', 2]]);
    expect(rowsOf(workbook(sheet, { strings, level: 6 }))).toEqual([['甲', 2]]);
  });

  it('reads merged ranges after the cells', () => {
    const grid = openSpreadsheet(
      't.xlsx',
      workbook(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c></row>',
        {},
        '<mergeCells count="2"><mergeCell ref="A1:H1"/><mergeCell ref="B3:C4"/></mergeCells>',
      ),
    ).sheet(0);
    expect(grid.merges).toEqual([
      { r1: 0, c1: 0, r2: 0, c2: 7 },
      { r1: 2, c1: 1, r2: 3, c2: 2 },
    ]);
  });

  it('ignores columns past the limit and refuses rows past it, however they are addressed', () => {
    expect(
      readSheetXml(
        '<sheetData><row r="1"><c r="GS1"><v>1</v></c><c r="A1"><v>2</v></c></row></sheetData>',
        plain,
      ).rows,
    ).toEqual([[2]]);
    expect(refusal(() => readSheetXml('<sheetData><row r="300000"/></sheetData>', plain))).toContain('行');
    expect(
      refusal(() =>
        readSheetXml('<sheetData><row r="1"><c r="A9999999"><v>1</v></c></row></sheetData>', plain),
      ),
    ).toContain('行');
  });

  it('says the file is damaged when the XML is cut off or malformed', () => {
    expect(refusal(() => readSheetXml('<sheetData><row r="1"><c r="A1"><v>1</v>', plain))).toContain('损坏');
    expect(refusal(() => readSheetXml('<sheetData><row r="1"><c r="A1><v>1</v></c></row>', plain))).toContain(
      '损坏',
    );
    expect(
      refusal(() => readSheetXml('<sheetData><row r=1><c><v>1</v></c></row></sheetData>', plain)),
    ).toContain('损坏');
  });

  it('reads an empty sheet and knows cell references', () => {
    expect(readSheetXml('<worksheet><sheetData/></worksheet>', plain)).toEqual({ rows: [], merges: [] });
    expect(readSheetXml('<worksheet/>', plain)).toEqual({ rows: [], merges: [] });
    expect(cellRef('A1')).toEqual([0, 0]);
    expect(cellRef('AB12')).toEqual([11, 27]);
    expect(cellRef('XFD1048576')).toEqual([1048575, 16383]);
    expect(cellRef('12')).toEqual([-1, -1]);
    expect(cellRef('a1')).toEqual([-1, -1]);
  });
});

describe('zip entries', () => {
  it('refuses an entry that inflates to more than its directory declares', () => {
    const bytes = workbook('<row r="1"><c r="A1"><v>1</v></c></row>');
    // Shrink the sheet's declared size in the central directory: the data no longer fits.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const name = enc('xl/worksheets/sheet1.xml');
    for (let at = 0; at + 46 < bytes.length; at++) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      const length = view.getUint16(at + 28, true);
      const entry = bytes.subarray(at + 46, at + 46 + length);
      if (entry.length === name.length && entry.every((b, i) => b === name[i]))
        view.setUint32(at + 24, view.getUint32(at + 24, true) - 10, true);
    }
    expect(refusal(() => openSpreadsheet('t.xlsx', bytes).sheet(0))).toContain('损坏');
  });
});
