import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { areaOf, cycles, fileGraph, groupGraph, sourcesUnder } from './importGraph';

const repo = resolve(import.meta.dirname, '../../..');

describe('import direction', () => {
  const files = ['contract', 'main', 'preload', 'renderer'].flatMap((dir) => sourcesUnder(repo, dir));
  const graph = fileGraph(repo, files);

  it('no file imports itself back through others', () => {
    // The walker sees the real graph: hundreds of files, the alias and index imports resolved.
    expect(files.length).toBeGreaterThan(500);
    expect(graph.get('renderer/src/api.ts')).toContain('contract/channels/index.ts');
    expect(graph.get('main/api/dispatch.ts')).toContain('contract/channels/index.ts');
    expect(cycles(graph)).toEqual([]);
  });

  it('the areas of main/domain and of contract/ import one way', () => {
    const areas = groupGraph(graph, areaOf);
    expect(areas.get('main/domain/companyMerge')).toContain('main/domain/companies');
    expect(areas.get('contract/channels')).toContain('contract/projects');
    expect(cycles(areas)).toEqual([]);
  });
});

describe('the cycle check itself', () => {
  const root = mkdtempSync(join(tmpdir(), 'leadatlas-cycles-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (file: string, text: string): void => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };
  // Files: a → b → c → a (types only, still a cycle). Areas: domain/x → domain/y → domain/x,
  // through different files, so no file cycle there.
  write('main/domain/loop/a.ts', "import { b } from './b';\nexport const a = b;\n");
  write('main/domain/loop/b.ts', "import { c } from './c';\nexport const b = c;\n");
  write('main/domain/loop/c.ts', "import type { a } from './a';\nexport const c = 1 as typeof a;\n");
  write('main/domain/x/index.ts', "export { y } from '../y/y';\n");
  write('main/domain/y/y.ts', "import { x } from '../x/x';\nexport const y = x;\n");
  write('main/domain/x/x.ts', "import { z } from '@contract/z';\nexport const x = z;\n");
  write('contract/z.ts', 'export const z = 1;\n');
  const files = sourcesUnder(root, 'main').concat(sourcesUnder(root, 'contract'));
  const graph = fileGraph(root, files);

  it('finds a file cycle, type-only imports included', () => {
    expect(cycles(graph)).toEqual([
      ['main/domain/loop/a.ts', 'main/domain/loop/b.ts', 'main/domain/loop/c.ts'],
    ]);
  });

  it('finds a folder cycle made of files that do not cycle', () => {
    expect(graph.get('main/domain/x/x.ts')).toEqual(new Set(['contract/z.ts']));
    expect(cycles(groupGraph(graph, areaOf))).toEqual([['main/domain/x', 'main/domain/y']]);
  });
});
