// Writes resources/geo/region-pinyin.json: for each division of regions.json, its name's full
// pinyin and initials, so the region picker searches 杭州 by "hangzhou" or "hz" without bundling
// a pinyin dictionary into the interface. Run after regions.json changes:
//   npm exec -- node scripts/build-region-pinyin.mjs
// tests/unit/regionPinyin.test.ts checks the file against pinyin-pro.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { regionPinyin } from './regionPinyin.mjs';

const geo = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'geo');
const regions = JSON.parse(readFileSync(join(geo, 'regions.json'), 'utf8'));
writeFileSync(join(geo, 'region-pinyin.json'), `${JSON.stringify(regionPinyin(regions.rows))}\n`);
