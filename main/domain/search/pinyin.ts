import { pinyin } from 'pinyin-pro';
import { toHalfWidth } from '../shared/companyName';
import { isWordChar } from './normalize';

/** One spoken unit of a name: the pinyin of a Chinese character, or a letter/digit as itself. */
export interface Syllable {
  text: string;
  /** Where its character starts in the original string (UTF-16 index), for highlighting. */
  at: number;
  /** Length of that character in UTF-16 units. */
  len: number;
}

const OPTIONS = { toneType: 'none', type: 'array', v: true } as const;

/**
 * Syllables of a name without tones, ü written v as people type it; punctuation and spaces are
 * skipped. pinyin-pro reads whole words, so 重庆 is chongqing and 银行 yinhang; people's names
 * read their surname the surname way (单 shan, 曾 zeng).
 */
export function syllablesOf(name: string, person = false): Syllable[] {
  const text = toHalfWidth(name);
  const chars = Array.from(text);
  const options = { ...OPTIONS, surname: person ? 'head' : 'off' } as const;
  let readings = pinyin(text, options);
  // One item per character is what pinyin-pro answers; should it ever not, go character by character.
  if (readings.length !== chars.length) readings = chars.map((ch) => pinyin(ch, options)[0] ?? ch);
  const out: Syllable[] = [];
  let at = 0;
  chars.forEach((ch, i) => {
    if (isWordChar(ch)) {
      const r = (readings[i] ?? ch).toLowerCase();
      out.push({ text: /^[a-z0-9]+$/.test(r) ? r : ch.toLowerCase(), at, len: ch.length });
    }
    at += ch.length;
  });
  return out;
}

/**
 * A small cache for the search itself: the same few dozen candidates come back keystroke after
 * keystroke, and pinyin-pro takes tens of microseconds a name.
 */
const cache = new Map<string, Syllable[]>();
export function cachedSyllables(name: string, person = false): Syllable[] {
  const key = (person ? '1' : '0') + name;
  let hit = cache.get(key);
  if (!hit) {
    if (cache.size >= 5000) cache.clear();
    hit = syllablesOf(name, person);
    cache.set(key, hit);
  }
  return hit;
}
