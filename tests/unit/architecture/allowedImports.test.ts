import { Linter } from 'eslint';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../../..');
const RULE = 'house/allowed-imports';
// The project's own ESLint config (plain JS, so loaded by path), not a copy of its options.
const { default: config } = (await import(
  /* @vite-ignore */ pathToFileURL(join(repo, 'eslint.config.js')).href
)) as { default: Linter.Config[] };

/** The rule with the options eslint.config.js gives it for files under `folder`. */
function lintAs(folder: string) {
  const block = config.find(
    (c) => c.files?.some((f) => String(f).startsWith(`${folder}/`)) && c.rules?.[RULE],
  );
  if (!block?.plugins || !block.rules) throw new Error(`no ${RULE} for ${folder}/ in eslint.config.js`);
  const linter = new Linter({ cwd: repo });
  const flat: Linter.Config[] = [
    {
      files: ['**/*.ts', '**/*.tsx'],
      languageOptions: { parser: tseslint.parser as Linter.Parser },
      plugins: { house: block.plugins.house! },
      rules: { [RULE]: block.rules[RULE]! },
    },
  ];
  return (file: string, spec: string): string[] =>
    linter
      .verify(`import x from '${spec}';\nexport default x;\n`, flat, join(repo, file))
      .map((m) => m.message);
}

describe('what the renderer may import (an allow-list, not a deny-list)', () => {
  const lint = lintAs('renderer');
  const page = 'renderer/src/pages/projects/Example.tsx';

  it('the contract through its alias, its own files, static data and browser packages', () => {
    for (const spec of ['@contract/projects/schema', '../../api', 'antd', 'react', 'zod'])
      expect(lint(page, spec), spec).toEqual([]);
    expect(lint(page, '../../../../resources/geo/region-pinyin.json')).toEqual([]);
  });

  it('nothing of main/, Node or Electron, however it is spelled', () => {
    for (const spec of [
      '../../../../main/db/open',
      '../../../../main/domain/projects/index',
      '../../../../contract/projects/schema',
      'node:fs',
      'fs',
      'electron',
      'better-sqlite3-multiple-ciphers',
      'exceljs',
    ])
      expect(lint(page, spec), spec).toEqual([expect.stringContaining('may import only @contract/')]);
  });
});

describe('what the contract may import', () => {
  const lint = lintAs('contract');

  it('its own files, zod and static data', () => {
    expect(lint('contract/projects/schema.ts', '../shared/fields')).toEqual([]);
    expect(lint('contract/projects/schema.ts', 'zod')).toEqual([]);
    expect(lint('contract/shared/regions.ts', '../../resources/geo/regions.json')).toEqual([]);
  });

  it('nothing from main/ or renderer/, no other package', () => {
    for (const spec of ['../../main/db/open', '../../renderer/src/api', 'react', 'node:path'])
      expect(lint('contract/projects/schema.ts', spec), spec).toEqual([
        expect.stringContaining('contract/ may import only'),
      ]);
  });
});
