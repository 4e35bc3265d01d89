import { toHalfWidth } from '@contract/shared/companyName';

/** Letters, digits and Chinese characters; punctuation and spaces are not searched. */
export function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0x4e00 && c <= 0x9fff) return true;
  return /[\p{L}\p{N}]/u.test(ch);
}

/**
 * The searchable characters of a text: half-width, lower case, punctuation and spaces left out,
 * so 长城汽车（邳州） meets 长城汽车(邳州) and 长城汽车邳州. `at[i]` is where the i-th character
 * of `chars` sits in the original string (UTF-16 index), for highlighting.
 */
export function wordChars(s: string): { chars: string[]; at: number[] } {
  const chars: string[] = [];
  const at: number[] = [];
  let i = 0;
  // toHalfWidth keeps every character's length, so indices into it are indices into `s`.
  for (const ch of toHalfWidth(s)) {
    if (isWordChar(ch)) {
      chars.push(ch.toLowerCase());
      at.push(i);
    }
    i += ch.length;
  }
  return { chars, at };
}

/** A query that looks like a phone number: digits with the usual separators, at least 4 digits. */
export function phoneDigits(q: string): string | null {
  const half = toHalfWidth(q).trim();
  if (!/^[+\d\s\-()]+$/.test(half)) return null;
  const digits = half.replace(/\D/g, '').replace(/^(00)?86(?=1\d{10}$)/, '');
  return digits.length >= 4 ? digits : null;
}
