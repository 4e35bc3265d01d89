import type { Mark, MatchedBy } from '@contract/search/schema';
import { wordChars } from './normalize';
import { placeSyllables, syllablesOf, type Syllable } from './pinyin';
import type { ParsedQuery } from './query';

/**
 * Checks a candidate from the index against the query and says where it matched. The index
 * can over-report (stale terms, bigrams present but apart); nothing unconfirmed is shown.
 * score: 0 the whole text, 1 its beginning, 2 somewhere inside.
 */
export interface FieldMatch {
  matchedBy: MatchedBy;
  score: 0 | 1 | 2;
  marks: Mark[];
}

const score = (start: number, end: number, length: number): 0 | 1 | 2 =>
  start > 0 ? 2 : end === length ? 0 : 1;

function findRun(hay: string[], needle: string[]): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

function asWritten(name: string, q: ParsedQuery): FieldMatch | null {
  const { chars, at } = wordChars(name);
  const i = findRun(chars, q.chars);
  if (i < 0) return null;
  const last = i + q.chars.length - 1;
  const end = (at[last] as number) + (chars[last] as string).length;
  return { matchedBy: 'name', score: score(i, last + 1, chars.length), marks: [[at[i] as number, end]] };
}

const span = (syl: Syllable[], from: number, to: number): Mark => [
  (syl[from] as Syllable).at,
  (syl[to] as Syllable).at + (syl[to] as Syllable).len,
];

/** The query as full pinyin (the last syllable may be unfinished) or as initials, from a syllable on. */
function asPinyin(syl: Syllable[], q: ParsedQuery): FieldMatch | null {
  for (let i = 0; i < syl.length; i++) {
    let rest = q.text;
    let j = i;
    while (j < syl.length && rest.length > 0) {
      const s = (syl[j] as Syllable).text;
      if (rest.startsWith(s)) rest = rest.slice(s.length);
      else if (s.startsWith(rest)) rest = '';
      else break;
      j++;
    }
    if (rest.length === 0)
      return { matchedBy: 'pinyin', score: score(i, j, syl.length), marks: [span(syl, i, j - 1)] };
    const n = q.text.length;
    if (i + n <= syl.length && syl.slice(i, i + n).every((s, k) => s.text[0] === q.text[k])) {
      return { matchedBy: 'initials', score: score(i, i + n, syl.length), marks: [span(syl, i, i + n - 1)] };
    }
  }
  return null;
}

/**
 * `stored`: the syllables the indexer saved ("hang zhou …"); read afresh only when they no
 * longer fit the name (it changed and the index has not caught up).
 */
export function matchName(
  name: string,
  q: ParsedQuery,
  stored: string | null,
  person = false,
): FieldMatch | null {
  const written = asWritten(name, q);
  if (written || !q.latin) return written;
  const syl =
    (stored !== null && placeSyllables(name, stored ? stored.split(' ') : [])) || syllablesOf(name, person);
  return asPinyin(syl, q);
}

/** Digits of a stored phone (0571-88886666转123 reads 057188886666) with each digit's position. */
function digitsWithPositions(phone: string): { digits: string; at: number[] } {
  let digits = '';
  const at: number[] = [];
  const main = phone.split('转')[0] ?? '';
  for (let i = 0; i < main.length; i++) {
    if (/\d/.test(main[i] as string)) {
      digits += main[i];
      at.push(i);
    }
  }
  return { digits, at };
}

export function matchPhone(phone: string | null, q: ParsedQuery): FieldMatch | null {
  const wanted = q.digits;
  if (!phone || !wanted) return null;
  const { digits, at } = digitsWithPositions(phone);
  const i = digits.indexOf(wanted);
  if (i < 0) return null;
  const end = (at[i + wanted.length - 1] as number) + 1;
  return {
    matchedBy: 'phone',
    score: score(i, i + wanted.length, digits.length),
    marks: [[at[i] as number, end]],
  };
}

export function matchCode(code: string | null, q: ParsedQuery): FieldMatch | null {
  if (!code || !q.latin || !code.toLowerCase().startsWith(q.text)) return null;
  return {
    matchedBy: 'creditCode',
    score: q.text.length === code.length ? 0 : 1,
    marks: [[0, q.text.length]],
  };
}
