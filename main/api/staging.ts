import { randomUUID } from 'node:crypto';
import { DomainError } from '@contract/shared/errors';
import { openSpreadsheet } from '../domain/importers/files/open';
import type { Grid, SheetSource } from '../domain/importers/files/grid';
import type { StagedFile } from '@contract/importers/schema';

/**
 * Files waiting to be imported, by a random id: the renderer never names a path on disk, so a
 * compromised page cannot read arbitrary files through the import channels. Only the last few
 * files and the last parsed sheet are kept in memory.
 */
const KEEP = 3;

interface Staged {
  name: string;
  bytes: Uint8Array;
  source: SheetSource;
}

const files = new Map<string, Staged>();
let parsed: { key: string; grid: Grid } | null = null;

export function stageFile(name: string, bytes: Uint8Array): StagedFile {
  const source = openSpreadsheet(name, bytes);
  if (source.sheetNames.length === 0) throw new DomainError('VALIDATION', '文件中没有可导入的工作表');
  const fileId = randomUUID();
  files.set(fileId, { name, bytes, source });
  while (files.size > KEEP) files.delete(files.keys().next().value as string);
  return { fileId, name, bytes: bytes.length, sheetNames: source.sheetNames };
}

export function stagedFile(fileId: string): Staged {
  const file = files.get(fileId);
  if (!file) throw new DomainError('NOT_FOUND', '文件已失效，请重新选择文件');
  return file;
}

/** The sheet when it is the one last read, else null (nothing is read). */
export function gridInMemory(fileId: string, sheet: number): Grid | null {
  return parsed?.key === `${fileId}:${sheet}` ? parsed.grid : null;
}

export function stagedGrid(fileId: string, sheet: number): Grid {
  const key = `${fileId}:${sheet}`;
  if (parsed?.key === key) return parsed.grid;
  const grid = stagedFile(fileId).source.sheet(sheet);
  parsed = { key, grid };
  return grid;
}
