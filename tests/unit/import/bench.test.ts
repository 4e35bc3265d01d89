/**
 * 100 000-row import benchmark (skipped unless LEADATLAS_BENCH=1):
 *   LEADATLAS_BENCH=1 npx vitest run tests/unit/import/bench.test.ts
 * Prints the time of each phase; the import itself must stay under 6 s.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../main/db/backup';
import { openDatabase } from '../../../main/db/open';
import { openSpreadsheet } from '../../../main/domain/importers/files/open';
import { undoBatch } from '../../../main/domain/store/undo';
import { actor, preview, proposal, run } from './helpers';

const ROWS = 100_000;

async function writeLedger(path: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: true,
    useStyles: true,
  });
  const ws = wb.addWorksheet('台账');
  ws.addRow([
    '序号',
    '项目名称',
    '投资方',
    '总投资（亿元）',
    '计划投资（万元）',
    '签约时间',
    '项目进展',
    '责任单位',
    '联系人',
    '联系电话',
    '行业',
    '备注',
  ]).commit();
  const stages = ['已签约', '在谈', '已开工', '洽谈中', '投产'];
  for (let i = 0; i < ROWS; i++) {
    ws.addRow([
      i + 1,
      `项目${i}号新能源电池生产线`,
      `某某${i % 20_000}新能源科技有限公司`,
      ((i % 900) + 10) / 10,
      8000 + (i % 100),
      new Date(Date.UTC(2023 + (i % 2), i % 12, 1 + (i % 28))),
      stages[i % 5],
      `招商${(i % 4) + 1}局`,
      `张${i % 100}`,
      `138${String(i).padStart(8, '0')}`,
      '新能源',
      `备注文字${i}`,
    ]).commit();
  }
  ws.commit();
  await wb.commit();
}

describe.runIf(process.env.LEADATLAS_BENCH)('import benchmark', () => {
  it(`imports ${ROWS} rows`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'la-bench-'));
    const file = join(dir, 'ledger.xlsx');
    await writeLedger(file);
    const bytes = readFileSync(file);
    const db = openDatabase(join(dir, 'bench.sqlite'));
    const t = (start: number): number => Math.round(performance.now() - start);

    let start = performance.now();
    const grid = openSpreadsheet('ledger.xlsx', new Uint8Array(bytes)).sheet(0);
    const read = t(start);
    const p = proposal(bytes, 'projects');
    start = performance.now();
    const pv = preview(db, { grid, spec: p.spec });
    const previewMs = t(start);
    start = performance.now();
    const result = await run(db, { grid, spec: p.spec }, { chunk: 2_000 });
    const importMs = t(start);
    start = performance.now();
    createBackup(db, join(dir, 'backups'), 'manual');
    const backupMs = t(start);
    start = performance.now();
    undoBatch(db, actor, result.batchId as number);
    const undoMs = t(start);
    const line = {
      rows: ROWS,
      fileMB: +(bytes.length / 1e6).toFixed(1),
      readMs: read,
      previewMs,
      importMs,
      backupMs,
      undoMs,
      created: result.counts.create,
      related: result.related,
    };
    console.log(`import benchmark: ${JSON.stringify(line)}`);
    expect(pv.counts.create).toBe(ROWS);
    expect(result.counts.create).toBe(ROWS);
    expect(importMs).toBeLessThan(6_000);
  }, 300_000);
});
