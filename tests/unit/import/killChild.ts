/**
 * Child process for the kill -9 test: imports a ledger into a database file and reports each
 * slice on stdout, so the parent can kill it at any moment of the transaction.
 * Usage: node killChild.mjs <db path> <xlsx path>
 */
import { readFileSync } from 'node:fs';
import { openSpreadsheet } from '../../../main/domain/importers/files/open';
import { runImport } from '../../../main/domain/importers/run';
import { proposedSpec } from './helpers';

const [dbPath, xlsxPath] = process.argv.slice(2) as [string, string];
const grid = openSpreadsheet(xlsxPath, new Uint8Array(readFileSync(xlsxPath))).sheet(0);
const spec = proposedSpec(grid, 'projects');
process.stdout.write('start\n');
await runImport({
  dbPath,
  grid,
  spec,
  actor: { name: '子进程' },
  fileName: 'kill.xlsx',
  sheetName: 'Sheet1',
  settingYear: 2024,
  chunk: 150,
  onProgress: (done) => process.stdout.write(`progress ${done}\n`),
});
process.stdout.write('done\n');
