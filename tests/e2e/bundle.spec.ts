import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// The built interface, as the window loads it: the first paint waits for the entry chunk only,
// so each page is a chunk of its own and the entry stays well below the single 4.26 MB file it
// used to be; the region picker's pinyin comes precomputed, not as the pinyin-pro dictionary.
const dir = join(process.env.LEADATLAS_RENDERER_DIR ?? `${process.env.LEADATLAS_OUT ?? 'out'}/renderer`);
const ENTRY_LIMIT = 1.6 * 1024 * 1024;
// A line of pinyin-pro's dictionary (dist/esm/data/dict1.mjs), as written or as escaped.
const PINYIN_DICTIONARY = /b(ǎ|\\u01ce)ng p(á|\\xe1|\\u00e1)ng p(ā|\\u0101)ng/i;

test('the interface is split per page; the entry chunk is small and carries no pinyin dictionary', () => {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const entry = /<script[^>]*type="module"[^>]*src="\.\/([^"]+)"/.exec(html)?.[1] ?? '';
  const chunks = readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js'));
  expect(chunks.length).toBeGreaterThan(10);
  expect(statSync(join(dir, entry)).size).toBeLessThan(ENTRY_LIMIT);
  for (const chunk of chunks) {
    expect(PINYIN_DICTIONARY.test(readFileSync(join(dir, 'assets', chunk), 'utf8')), chunk).toBe(false);
  }
  // The regions themselves still load, with their pinyin, in the chunk that needs them.
  expect(chunks.some((c) => readFileSync(join(dir, 'assets', c), 'utf8').includes('hangzhoushi hzs'))).toBe(
    true,
  );
});
