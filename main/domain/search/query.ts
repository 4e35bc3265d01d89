import { phoneDigits, wordChars } from './normalize';
import { PINYIN_CAP } from './tokens';

/** A search box entry, read once: what to ask FTS for, and what to check each hit against. */
export interface ParsedQuery {
  /** Searchable characters, lower case (see wordChars). */
  chars: string[];
  text: string;
  /** Only a-z and 0-9: may be pinyin, initials, a phone number or a credit code. */
  latin: boolean;
  /** The digits when it looks like a phone number (+86 and separators dropped). */
  digits: string | null;
  /** FTS5 MATCH expression; every token is made of word characters only, so quoting is safe. */
  match: string;
}

const MAX_BIGRAMS = 12;

export function parseQuery(raw: string): ParsedQuery | null {
  const { chars } = wordChars(raw);
  if (chars.length === 0) return null;
  const text = chars.join('');
  const latin = /^[a-z0-9]+$/.test(text);
  const digits = phoneDigits(raw) ?? (/^\d+$/.test(text) ? text : null);
  let match: string;
  if (latin) {
    const prefixes = new Set([text.slice(0, PINYIN_CAP)]);
    if (digits) prefixes.add(digits);
    match = [...prefixes].map((p) => `"${p}"*`).join(' OR ');
  } else if (chars.length === 1) {
    match = `"${text}"*`;
  } else {
    // Every neighbouring pair must be there; their order is checked on the record itself.
    const pairs = new Set<string>();
    for (let i = 0; i + 1 < chars.length && pairs.size < MAX_BIGRAMS; i++)
      pairs.add(`${chars[i]}${chars[i + 1]}`);
    match = [...pairs].map((p) => `"${p}"`).join(' ');
  }
  return { chars, text, latin, digits, match };
}
