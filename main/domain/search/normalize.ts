import { toHalfWidth } from '../shared/companyName';

/**
 * Longest indexed term, in UTF-8 bytes: 6 Chinese characters or 18 letters/digits. Terms and
 * queries are cut by the same rule, so a cut query is still a prefix of the cut term it
 * should find; what was cut off is checked against the record itself afterwards.
 */
export const TERM_BYTES = 18;

const encoder = new TextEncoder();

export function cutTerm(s: string): string {
  if (encoder.encode(s).length <= TERM_BYTES) return s;
  let out = '';
  let bytes = 0;
  for (const ch of s) {
    const n = encoder.encode(ch).length;
    if (bytes + n > TERM_BYTES) break;
    out += ch;
    bytes += n;
  }
  return out;
}

/** Letters, digits and Chinese characters: the characters a search term may start at. */
export const isWordChar = (ch: string): boolean => /[\p{L}\p{N}]/u.test(ch);

/**
 * How names are compared: half-width, lower case, no spaces, so 长城汽车（邳州） meets
 * 长城汽车(邳州) and "ABB 中国" meets "abb中国". `at[i]` is where the i-th character of
 * `text` sits in the original string, for highlighting.
 */
export function normalizeWithMap(s: string): { text: string; at: number[] } {
  const half = toHalfWidth(s);
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < half.length; ) {
    const cp = half.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    if (!/\s/u.test(ch)) {
      const lower = ch.toLowerCase();
      for (let k = 0; k < lower.length; k++) at.push(i);
      text += lower;
    }
    i += ch.length;
  }
  return { text, at };
}

export const normalizeText = (s: string): string => toHalfWidth(s).toLowerCase().replace(/\s+/g, '');

/** A query that looks like a phone number: digits with the usual separators, at least 4 digits. */
export function phoneDigits(q: string): string | null {
  const half = toHalfWidth(q).trim();
  if (!/^[+\d\s\-()]+$/.test(half)) return null;
  let digits = half.replace(/\D/g, '');
  if (/^(\+|00)86/.test(half.replace(/[\s\-()]/g, ''))) digits = digits.replace(/^(00)?86/, '');
  return digits.length >= 4 ? digits : null;
}
