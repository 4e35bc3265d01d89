import { pinyin } from 'pinyin-pro';
import { toHalfWidth } from '@contract/shared/companyName';
import { isWordChar, wordChars } from './normalize';

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
 * The syllables of a name without tones, ü written v as people type it: one for every
 * searchable character (see wordChars), in order. pinyin-pro reads whole words, so 重庆 is
 * chongqing and 银行 yinhang; people's names read their surname the surname way (单 shan).
 */
export function syllableTexts(name: string, person = false): string[] {
  const text = toHalfWidth(name);
  const chars = Array.from(text);
  const options = { ...OPTIONS, surname: person ? 'head' : 'off' } as const;
  let readings = pinyin(text, options);
  // One item per character is what pinyin-pro answers; should it ever not, go character by character.
  if (readings.length !== chars.length) readings = chars.map((ch) => pinyin(ch, options)[0] ?? ch);
  const out: string[] = [];
  chars.forEach((ch, i) => {
    if (!isWordChar(ch)) return;
    const r = (readings[i] ?? ch).toLowerCase();
    out.push(/^[a-z0-9]+$/.test(r) ? r : ch.toLowerCase());
  });
  return out;
}

/** FNV-1a of the name: stored with its syllables, so syllables of an older name are never used. */
export function nameHash(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Syllables placed on the name's characters; null when they do not fit (the name changed since). */
export function placeSyllables(name: string, texts: readonly string[]): Syllable[] | null {
  const { chars, at } = wordChars(name);
  if (chars.length !== texts.length) return null;
  return texts.map((text, i) => ({ text, at: at[i] as number, len: (chars[i] as string).length }));
}

export function syllablesOf(name: string, person = false): Syllable[] {
  return placeSyllables(name, syllableTexts(name, person)) ?? [];
}
