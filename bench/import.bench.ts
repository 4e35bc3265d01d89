// Import of an xlsx ledger into an empty database: ours is what 导入 does (open the file, detect
// the header and columns, check and write every row in one transaction with the audit batch);
// raw is exceljs' streaming reader plus one prepared INSERT in one transaction.
import Database from '../main/db/driver';
import ExcelJS from 'exceljs';
import { readFileSync, rmSync } from 'node:fs';
import { closeDatabase, openDatabase } from '../main/db/open';
import { openSpreadsheet } from '../main/domain/importers/files/open';
import { proposedSpec } from '../tests/unit/import/helpers';
import { runImport } from '../main/domain/importers/run';
import { SYSTEM } from '../main/domain/shared/actor';
import { timeEach, type Plan } from './measure';
import { row, type BenchRow, type Summary } from './stats';

const IMPORT = { p50Ms: 6000 };

export function emptyDb(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  closeDatabase(openDatabase(path));
}

export async function importLedger(ledger: string, dbPath: string): Promise<number> {
  const grid = openSpreadsheet('客商台账.xlsx', new Uint8Array(readFileSync(ledger))).sheet(0);
  const result = await runImport({
    dbPath,
    grid,
    spec: proposedSpec(grid, 'companies', { onDuplicate: 'skip', onError: 'skip' }),
    actor: SYSTEM,
    fileName: '客商台账.xlsx',
    sheetName: 'Sheet1',
    settingYear: new Date().getFullYear(),
  });
  return result.counts.create;
}

async function raw(ledger: string, dbPath: string): Promise<number> {
  const db = new Database(dbPath);
  const insert = db.prepare(
    `INSERT INTO companies (name, name_key, industry, hq_address, source_channel, registered_capital, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, datetime('now'), datetime('now'))`,
  );
  let n = 0;
  db.exec('BEGIN IMMEDIATE');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(ledger, {});
  for await (const sheet of reader) {
    for await (const r of sheet) {
      if (r.number === 1) continue;
      const v = r.values as unknown[];
      insert.run(
        v[2],
        `k${n}`,
        v[3] ?? null,
        v[5] ?? null,
        v[6] ?? null,
        Number(v[7]) * 10_000,
        v[8] ?? null,
      );
      n++;
    }
  }
  db.exec('COMMIT');
  db.close();
  return n;
}

export async function benchImport(
  ledger: string,
  rows: number,
  tmp: string,
  plan: Plan,
): Promise<BenchRow[]> {
  const dbPath = `${tmp}/import.sqlite`;
  let created = 0;
  const oursT: Summary = await timeEach(
    plan,
    () => emptyDb(dbPath),
    async () => (created = await importLedger(ledger, dbPath)),
  );
  let rawRows = 0;
  const rawT: Summary = await timeEach(
    plan,
    () => emptyDb(dbPath),
    async () => (rawRows = await raw(ledger, dbPath)),
  );
  const note = `${rows} rows; ours created ${created}, raw inserted ${rawRows}`;
  return [row('import', `xlsx ledger of ${rows} rows`, oursT, rawT, IMPORT, note)];
}
