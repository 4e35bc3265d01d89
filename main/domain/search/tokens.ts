import { wordChars } from './normalize';
import type { SearchKind } from '@contract/search/schema';

/** What is searched of a record: its name, and phone numbers or credit codes where it has them. */
export interface SearchTexts {
  name: string;
  phones?: (string | null)[];
  codes?: (string | null)[];
}

/** Longest pinyin token; a longer query is cut to it and checked against the record afterwards. */
export const PINYIN_CAP = 20;

// Legal forms and the word 项目 close almost every name: as pinyin tokens they would only make
// a few huge entries nobody types ("youxiangongsi"). They stay searchable as Chinese.
const GENERIC_TAIL: Record<SearchKind, RegExp | null> = {
  company: /(股份有限公司|有限责任公司|集团有限公司|有限公司|集团公司|集团|公司)$/u,
  contact: null,
  project: /项目$/u,
};

/**
 * The FTS tokens of one name, given its syllables (one per searchable character, see
 * syllablesOf). Chinese substrings: every pair of neighbouring characters plus the last one
 * alone (a one-character query is a prefix query). Pinyin: from every syllable on, the full
 * pinyin and the initials, so 海康威视 is found by "haikang", "hkws" and "hk" alike. Tokens hold
 * only letters, digits and Chinese characters, so the tokenizer keeps each one whole.
 */
export function nameTokens(kind: SearchKind, name: string, syllables: readonly string[]): string[] {
  const out = new Set<string>();
  const { chars } = wordChars(name);
  for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i]}${chars[i + 1]}`);
  if (chars.length > 0) out.add(chars[chars.length - 1] as string);
  const tail = GENERIC_TAIL[kind];
  const core = tail ? name.replace(tail, '').trim() : name;
  const end = core ? Math.min(syllables.length, wordChars(core).chars.length) : syllables.length;
  for (let i = 0; i < end; i++) {
    let full = '';
    let initials = '';
    for (let j = i; j < end && full.length < PINYIN_CAP; j++) full += syllables[j];
    for (let j = i; j < end && initials.length < PINYIN_CAP; j++) initials += (syllables[j] as string)[0];
    out.add(full.slice(0, PINYIN_CAP));
    out.add(initials);
  }
  return [...out];
}

/**
 * A phone is found by its whole number (and any beginning of it), by the local number without
 * the area code, and by its last four digits (尾号). Extensions (转123) are not searched.
 */
export function phoneTokens(phone: string | null | undefined): string[] {
  if (!phone) return [];
  const main = phone.split('转')[0] ?? '';
  const digits = main.replace(/\D/g, '');
  if (digits.length < 4) return [];
  const out = new Set([digits, digits.slice(-4)]);
  const dash = main.lastIndexOf('-');
  if (dash > 0) out.add(main.slice(dash + 1).replace(/\D/g, ''));
  return [...out].filter((t) => t.length >= 4);
}

/** The FTS document of one record: its tokens separated by spaces. */
export function searchDocument(kind: SearchKind, texts: SearchTexts, syllables: readonly string[]): string {
  const tokens = nameTokens(kind, texts.name, syllables);
  for (const p of texts.phones ?? []) tokens.push(...phoneTokens(p));
  for (const c of texts.codes ?? []) if (c) tokens.push(c.toLowerCase());
  return tokens.join(' ');
}
