import { pinyin } from 'pinyin-pro';
import { toHalfWidth } from '../shared/companyName';
import { isWordChar } from './normalize';

/** One spoken unit of a name: the pinyin of a Chinese character, or a letter/digit as itself. */
export interface Syllable {
  text: string;
  /** Index of its character in the original string (UTF-16), for highlighting. */
  at: number;
  /** Length of that character in UTF-16 units. */
  len: number;
}

// Names repeat (王伟, 张敏 …) and a search re-reads the same few dozen candidates: cache them.
const CACHE_LIMIT = 20_000;
const cache = new Map<string, Syllable[]>();

function toSyllable(raw: string, ch: string): string {
  const s = raw.toLowerCase();
  return /^[a-z0-9]+$/.test(s) ? s : ch.toLowerCase();
}

/**
 * Syllables of a name without tones (ü written v, as people type it). Punctuation and spaces
 * are skipped. People's names read their surname the surname way (单 shan, 曾 zeng).
 */
export function syllablesOf(name: string, person = false): Syllable[] {
  const key = (person ? '1' : '0') + name;
  const hit = cache.get(key);
  if (hit) return hit;
  const text = toHalfWidth(name);
  const chars = Array.from(text);
  const options = { toneType: 'none', type: 'array', v: true, surname: person ? 'head' : 'off' } as const;
  let readings = pinyin(text, options);
  // pinyin-pro answers one item per character; if it ever does not, read character by character.
  if (readings.length !== chars.length) readings = chars.map((ch) => pinyin(ch, options)[0] ?? ch);
  const out: Syllable[] = [];
  let at = 0;
  chars.forEach((ch, i) => {
    if (isWordChar(ch)) out.push({ text: toSyllable(readings[i] ?? ch, ch), at, len: ch.length });
    at += ch.length;
  });
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, out);
  return out;
}
