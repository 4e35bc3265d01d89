import type { Db } from '../../../main/db/open';
import { openSpreadsheet } from '../../../main/domain/importers/files/open';
import type { ImportTarget } from '@contract/importers/fields';
import type { Grid } from '../../../main/domain/importers/files/grid';
import { inspectSheet } from '../../../main/domain/importers/inspect';
import { previewImport } from '../../../main/domain/importers/preview';
import { runImport } from '../../../main/domain/importers/run';
import { importSpec, type ImportSpec, type ImportSpecInput } from '@contract/importers/schema';

export const actor = { name: '招商服务中心' };

/** The spec the wizard would propose for a sheet: its header row and suggestions accepted. */
export function proposedSpec(
  grid: Grid,
  target: ImportTarget,
  options: Partial<ImportSpecInput> = {},
  sheet = 0,
): ImportSpec {
  const inspected = inspectSheet(grid, ['s'], { sheet, target });
  return importSpec.parse({
    fileId: '00000000-0000-4000-8000-000000000000',
    sheet,
    target,
    headerRow: inspected.headerRow,
    mapping: inspected.suggestions.map(({ confidence: _c, ...m }) => m),
    ...options,
  });
}

/** A sheet of a fixture and the spec the wizard would propose for it. */
export function proposal(
  bytes: Uint8Array | Buffer,
  target: ImportTarget,
  options: Partial<ImportSpecInput> = {},
  sheet = 0,
): { grid: Grid; spec: ImportSpec } {
  const name = bytes[0] === 0x50 && bytes[1] === 0x4b ? 'ledger.xlsx' : 'ledger.csv';
  const grid = openSpreadsheet(name, new Uint8Array(bytes)).sheet(sheet);
  return { grid, spec: proposedSpec(grid, target, options, sheet) };
}

/** The file and sheet names of the fixtures' imports, and the setting's year. */
export const YEARS = { fileName: 'ledger.xlsx', sheetName: 's', setting: 2024 };

export const preview = (db: Db, p: { grid: Grid; spec: ImportSpec }) =>
  previewImport(db, p.grid, p.spec, actor.name, YEARS);

export const run = (
  db: Db,
  p: { grid: Grid; spec: ImportSpec },
  extra: {
    signal?: AbortSignal;
    onProgress?: (d: number, t: number) => void;
    chunk?: number;
    capture?: 'bulk' | 'eachRow';
  } = {},
) =>
  runImport({
    dbPath: db.name,
    grid: p.grid,
    spec: p.spec,
    actor,
    fileName: '2024年项目台账.xlsx',
    sheetName: 's',
    settingYear: 2024,
    ...extra,
  });

export const all = (db: Db, sql: string): Record<string, unknown>[] =>
  db.prepare(sql).all() as Record<string, unknown>[];
