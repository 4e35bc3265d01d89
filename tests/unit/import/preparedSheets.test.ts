import { zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { openSpreadsheet } from '../../../main/domain/importers/files/open';
import { readSheetXml, readSheetXmlSliced } from '../../../main/domain/importers/files/sheetXml';
import { DomainError } from '@contract/shared/errors';
import { bigProjectLedger } from '../../fixtures/ledgers';

const plain = { strings: [], dates: [], date1904: false };

function bigSheetXml(rows: number): string {
  const parts: string[] = [];
  for (let r = 1; r <= rows; r++)
    parts.push(
      `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>企业${r}</t></is></c><c r="C${r}" t="b"><v>${r % 2}</v></c></row>`,
    );
  return `<worksheet><sheetData>${parts.join('')}</sheetData></worksheet>`;
}

describe('reading a sheet ahead in slices', () => {
  it('gives the same cells as reading it at once', async () => {
    const xml = bigSheetXml(30_000);
    const sliced = await readSheetXmlSliced(xml, plain);
    expect(sliced).toEqual(readSheetXml(xml, plain));
    expect(sliced.rows[29_999]).toEqual([30_000, '企业30000', false]);
  });

  it('lets other work run between slices while a large sheet is read', async () => {
    // Each look at the clock moves it by 20 ms, so the read meets its 30 ms slice limit every
    // other step whatever the machine's speed; a read that never yielded would finish first.
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 20));
    const order: string[] = [];
    const other = setImmediate(() => order.push('other work'));
    try {
      const grid = await readSheetXmlSliced(bigSheetXml(20_000), plain);
      order.push('read done');
      expect(grid.rows).toHaveLength(20_000);
    } finally {
      now.mockRestore();
      clearImmediate(other);
    }
    expect(order).toEqual(['other work', 'read done']);
  });

  it('hands a prepared sheet over once read, and prepares it only once while it is kept', async () => {
    const bytes = new Uint8Array(await bigProjectLedger(2_000));
    const expected = openSpreadsheet('a.xlsx', bytes).sheet(0);
    const source = openSpreadsheet('a.xlsx', bytes);
    const [first, second] = [source.prepare(0), source.prepare(0)];
    await Promise.all([first, second]);
    const grid = source.sheet(0);
    expect(grid).toEqual(expected);
    await source.prepare(0);
    expect(source.sheet(0)).toBe(grid);
  });

  it('refuses a damaged sheet when preparing it, as when reading it', async () => {
    const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
    const bytes = zipSync({
      'xl/workbook.xml': enc(
        '<workbook xmlns:r="r"><sheets><sheet name="s" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      'xl/_rels/workbook.xml.rels': enc(
        '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/worksheets/sheet1.xml': enc('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v>'),
    });
    const source = openSpreadsheet('a.xlsx', bytes);
    const error = await source.prepare(0).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).message).toContain('损坏');
    expect(() => source.sheet(0)).toThrow(/损坏/);
  });
});
