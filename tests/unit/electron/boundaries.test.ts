import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(join(repo, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|js|mjs|cjs)$/.test(entry.name))
    .map((entry) => relative(repo, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

const matching = (files: string[], pattern: RegExp) =>
  files.filter((file) => pattern.test(readFileSync(join(repo, file), 'utf8')));

describe('process boundaries', () => {
  it('registers ipcMain handlers only in main/ipc.ts', () => {
    const files = [...sources('main'), ...sources('preload')];
    const registering = matching(files, /ipcMain\s*\.\s*(handle|handleOnce|on|once|addListener)\s*\(/);
    // Non-empty on purpose: if the pattern stopped matching, this test would pass for nothing.
    expect(registering).toEqual(['main/ipc.ts']);
  });

  it('keeps electron out of contract/, main/domain, main/db and main/api', () => {
    const files = [
      ...sources('contract'),
      ...sources('main/domain'),
      ...sources('main/db'),
      ...sources('main/api'),
    ];
    expect(files.length).toBeGreaterThan(0);
    const importsElectron = /(from\s+|import\s*\(\s*|require\s*\(\s*)['"]electron(\/[^'"]*)?['"]/;
    expect(matching(files, importsElectron)).toEqual([]);
    // The same pattern does catch the bootstrap, so an empty list above means something.
    expect(matching(['main/index.ts'], importsElectron)).toEqual(['main/index.ts']);
  });
});
