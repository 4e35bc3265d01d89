import { describe, expect, it } from 'vitest';
import { openSpreadsheet } from '../../../main/domain/importers/files/open';
import { PREVIEW_CHARS } from '../../../main/domain/importers/files/grid';
import { errorReport } from '../../../main/domain/importers/report';
import type { PreviewRow } from '@contract/importers/schema';
import { freshDb } from '../testDb';
import { preview, proposedSpec } from '../import/helpers';
import { deflated, workbookEntries, writeZip } from './zipWriter';

// A ledger whose every row holds one text of 1.3 million characters (3.9 MB), shared by all its
// cells: small as a file, enormous once each row is read and sent back whole.

/** Text that does not compress (so no zip check refuses it): pseudo-random CJK characters. */
function noise(length: number): string {
  const codes = new Uint16Array(length);
  let x = 2463534242;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    codes[i] = 0x4e00 + ((x >>> 0) % 20_000);
  }
  return new TextDecoder('utf-16le').decode(codes);
}

const HEADERS = ['项目名称', '投资方', '计划投资（万元）', '签约时间', '联系电话', '备注'];

function hugeLedger(rows: number): Uint8Array {
  const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
  const header = `<row r="1">${HEADERS.map((h, i) => inline(`${String.fromCharCode(65 + i)}1`, h)).join('')}</row>`;
  const body: string[] = [];
  for (let r = 2; r <= rows + 1; r++) {
    body.push(
      `<row r="${r}">${HEADERS.map((_, i) => `<c r="${String.fromCharCode(65 + i)}${r}" t="s"><v>0</v></c>`).join('')}</row>`,
    );
  }
  const sheet = deflated(
    'xl/worksheets/sheet1.xml',
    `<worksheet><sheetData>${header}${body.join('')}</sheetData></worksheet>`,
  );
  const strings = deflated('xl/sharedStrings.xml', `<sst><si><t>${noise(1_300_000)}</t></si></sst>`);
  return writeZip(workbookEntries(sheet, strings));
}

describe('previews stay small and quick whatever the cells hold', () => {
  it('1 000 rows of 3.9 MB cells: every row refused as too long within seconds, the answer under 2 MB', async () => {
    const bytes = hugeLedger(1_000);
    expect(bytes.length).toBeLessThan(5_000_000);
    const grid = openSpreadsheet('台账.xlsx', bytes).sheet(0);
    // The wizard's first step (header and column suggestions) reads the first rows' cells.
    let start = performance.now();
    const spec = proposedSpec(grid, 'projects');
    expect(performance.now() - start).toBeLessThan(2_000);
    start = performance.now();
    const result = await preview(freshDb(), { grid, spec });
    expect(performance.now() - start).toBeLessThan(5_000);
    expect(result.counts.error).toBe(1_000);
    expect(JSON.stringify(result).length).toBeLessThan(2_000_000);
    const first = result.rows[0] as PreviewRow;
    expect(first.problems[0]?.message).toMatch(/^项目名称：内容过长（1,300,000 字），最多 4,000 字$/);
    // Cells shown: the first 200 characters, marked as cut.
    expect(first.cells[0]).toHaveLength(PREVIEW_CHARS + 1);
    expect(first.cells[0]?.endsWith('…')).toBe(true);
  }, 60_000);

  it('the error report of 160 000 refused rows is written (no stack overflow on its width)', async () => {
    const rows: PreviewRow[] = Array.from({ length: 160_000 }, (_, i) => ({
      row: i + 2,
      action: 'error',
      cells: [`项目${i}`],
      problems: [{ field: 'name', message: '请填写项目名称', level: 'error' }],
    }));
    const bytes = await errorReport(['项目名称'], rows);
    const back = openSpreadsheet('未导入的行.xlsx', new Uint8Array(bytes)).sheet(0).rows;
    expect(back).toHaveLength(160_001);
    expect(back[160_000]).toEqual([160_001, '请填写项目名称', '项目159999']);
  }, 120_000);
});
