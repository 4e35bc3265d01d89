import { pinyin } from 'pinyin-pro';
import { toHalfWidth } from '@contract/shared/companyName';

/**
 * The key a name sorts by, as Excel and WPS sort Chinese: by pinyin, syllable by syllable
 * (安徽 before 北京), and numbers by their value: 招商二分队 before 招商十分队, 第2 before 第10.
 * Chinese numerals count as numbers where they are an ordinal (第一, 一分队, 二期, 三号 …); elsewhere
 * (十堰, 统一) they are read as the syllables they are. Computed in Node (pinyin has no SQL), stored
 * in name_sort columns (migration 8) with an index, so a grid sorts on an index.
 */
const NUMERALS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const NUMERAL_RUN =
  /第?[零〇一二两三四五六七八九十百千]+(?=分队|分局|大队|中队|小组|组|队|号|期|区|届|批|次|季度|部|处|科|室|班|层|楼|栋|站|标段)|(?<=第)[零〇一二两三四五六七八九十百千]+/gu;

/** 十二 → 12, 一百零五 → 105, 二〇二六 → 2026 (digit by digit when there are no units). */
export function chineseNumber(s: string): number {
  if (!/[十百千]/u.test(s)) return Number([...s].map((c) => NUMERALS[c] ?? 0).join('')) || 0;
  let total = 0;
  let digit = 0;
  for (const c of s) {
    const unit = UNITS[c];
    if (unit !== undefined) {
      total += (digit || 1) * unit;
      digit = 0;
    } else digit = NUMERALS[c] ?? 0;
  }
  return total + digit;
}

// Numbers as fixed-width digits so that text order is number order; digits sort before letters.
const pad = (n: number): string => String(Math.min(n, 9_999_999_999)).padStart(10, '0');

export function sortKey(name: string, person = false): string {
  const text = toHalfWidth(name)
    .trim()
    .replace(NUMERAL_RUN, (run) => {
      const n = run.replace(/^第/u, '');
      return `${run.startsWith('第') ? '第' : ''}${chineseNumber(n)}`;
    });
  const parts: string[] = [];
  const readings = pinyin(text, {
    toneType: 'num',
    type: 'array',
    v: true,
    surname: person ? 'head' : 'off',
    nonZh: 'consecutive',
  });
  for (const r of readings) {
    const piece = r.toLowerCase();
    // A run of digits is one number; other text stays as written.
    parts.push(piece.replace(/\d+/g, (d) => (/^[a-z]+\d$/.test(piece) ? d : pad(Number(d)))));
  }
  return parts.join(' ');
}
