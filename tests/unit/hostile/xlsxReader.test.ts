import { describe, expect, it } from 'vitest';
import { openSpreadsheet } from '../../../main/domain/importers/files/open';
import { refusal } from '../import/refusal';
import { bombStream, deflated, workbookEntries, writeZip } from './zipWriter';

// Files built to make the reader slow or big. Each must be answered (read or refused) in well
// under a second: the reader is linear in the file, not quadratic, and never inflates past
// what the zip's directory declares.

const sheetOf = (cells: string, tail = '') =>
  deflated('xl/worksheets/sheet1.xml', `<worksheet><sheetData>${cells}</sheetData>${tail}</worksheet>`);

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

const readOrRefuse = (bytes: Uint8Array): unknown => {
  try {
    return openSpreadsheet('台账.xlsx', bytes).sheet(0).rows;
  } catch (e) {
    return e;
  }
};

describe('the xlsx reader is linear on hostile XML', () => {
  const cell = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>';
  const hostile: [string, () => Uint8Array][] = [
    [
      'one shared string of 330 000 unclosed <t> runs',
      () =>
        writeZip(
          workbookEntries(
            sheetOf(cell),
            deflated('xl/sharedStrings.xml', `<sst><si>${'<t>'.repeat(330_000)}x</si></sst>`),
          ),
        ),
    ],
    [
      'phonetic runs that never close',
      () =>
        writeZip(
          workbookEntries(
            sheetOf(cell),
            deflated('xl/sharedStrings.xml', `<sst><si><r><t>a</t></r>${'<rPh>'.repeat(300_000)}</si></sst>`),
          ),
        ),
    ],
    [
      'comments and CDATA sections by the hundred thousand, the last one never closed',
      () =>
        writeZip(
          workbookEntries(
            sheetOf(`${'<!-- x --><![CDATA[<c r="A1">]]>'.repeat(100_000)}${cell}<!--`),
            deflated(
              'xl/sharedStrings.xml',
              `<sst><si>${'<t><![CDATA[a]]><!---->'.repeat(100_000)}</si></sst>`,
            ),
          ),
        ),
    ],
    [
      'a namespace prefix on every one of 300 000 tags',
      () =>
        writeZip(
          workbookEntries(
            deflated(
              'xl/worksheets/sheet1.xml',
              `<x:worksheet><x:sheetData>${'<x:row><x:c><x:v>1</x:v></x:c></x:row>'.repeat(100_000)}</x:sheetData></x:worksheet>`,
            ),
          ),
        ),
    ],
    [
      'merged ranges whose tags never end',
      () => writeZip(workbookEntries(sheetOf(cell, '<mergeCell '.repeat(300_000)))),
    ],
    [
      'styles whose tags never end',
      () => {
        const entries = workbookEntries(sheetOf('<row r="1"><c r="A1" s="0"><v>1</v></c></row>'));
        entries.push(
          deflated(
            'xl/styles.xml',
            `<styleSheet><numFmts><numFmt numFmtId="164" formatCode="${'['.repeat(200_000)}"/></numFmts>${'<cellXfs '.repeat(100_000)}${'<numFmt '.repeat(100_000)}</styleSheet>`,
          ),
        );
        return writeZip(entries);
      },
    ],
  ];

  it.each(hostile)('%s', (_name, build) => {
    const bytes = build();
    expect(bytes.length).toBeLessThan(50_000);
    const { ms } = timed(() => readOrRefuse(bytes));
    expect(ms).toBeLessThan(1000);
  });

  it('still reads rich text without its phonetic runs after the change', () => {
    const strings = deflated(
      'xl/sharedStrings.xml',
      `<sst><si><r><t>招商</t></r><r><rPr/><t xml:space="preserve">引资 </t></r><rPh sb="0" eb="1"><t>ショウ</t></rPh><t/></si></sst>`,
    );
    const rows = openSpreadsheet('台账.xlsx', writeZip(workbookEntries(sheetOf(cell), strings))).sheet(
      0,
    ).rows;
    expect(rows[0]?.[0]).toBe('招商引资 ');
  });
});

describe('zips whose directory lies', () => {
  const sheet = sheetOf('<row r="1"><c r="A1" t="inlineStr"><is><t>华东电子</t></is></c></row>');

  it('reads a zip64 workbook, which other writers than Excel produce', () => {
    const rows = openSpreadsheet('台账.xlsx', writeZip(workbookEntries(sheet), true)).sheet(0).rows;
    expect(rows).toEqual([['华东电子']]);
  });

  for (const zip64 of [true, false]) {
    const layout = zip64 ? 'zip64' : 'plain zip';
    it(`stops inflating a ${layout} entry that declares 200 bytes and holds 1 GB`, () => {
      const bomb = { name: 'xl/worksheets/sheet1.xml', data: bombStream(1024), declaredSize: 200 };
      const bytes = writeZip(workbookEntries(bomb), zip64);
      expect(bytes.length).toBeLessThan(2_000_000);
      const { value, ms } = timed(() => refusal(() => openSpreadsheet('台账.xlsx', bytes).sheet(0)));
      expect(value).toContain('损坏');
      expect(ms).toBeLessThan(1000);
    });

    it(`refuses a ${layout} entry that declares 1 GB from 1 MB before inflating anything`, () => {
      const bomb = { name: 'xl/worksheets/sheet1.xml', data: bombStream(1024), declaredSize: 1024 ** 3 };
      const bytes = writeZip(workbookEntries(bomb), zip64);
      const { value, ms } = timed(() => refusal(() => openSpreadsheet('台账.xlsx', bytes)));
      expect(value).toContain('文件结构异常');
      expect(ms).toBeLessThan(1000);
    });
  }
});
