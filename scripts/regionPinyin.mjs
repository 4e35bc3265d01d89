// Shared by scripts/build-region-pinyin.mjs and its test: adcode → "fullpinyin initials".
import { pinyin } from 'pinyin-pro';

/** @param {[number, string, ...unknown[]][]} rows regions.json rows: [adcode, name, …] */
export function regionPinyin(rows) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const [adcode, name] of rows) {
    const full = pinyin(name, { toneType: 'none', type: 'array' }).join('');
    const initials = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
    out[adcode] = `${full} ${initials}`.toLowerCase();
  }
  return out;
}
