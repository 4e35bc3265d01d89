import { cutTerm, isWordChar, normalizeText } from './normalize';
import { syllablesOf } from './pinyin';

/**
 * The index rows of a name: for every starting point, the rest of the name as written, in
 * full pinyin and in pinyin initials, each cut to TERM_BYTES. A query then is a prefix lookup:
 * 海康 finds 杭州海康威视…, hkws finds it by initials, haikang by full pinyin.
 */
export function nameTerms(name: string, person = false): string[] {
  const out = new Set<string>();
  const chars = Array.from(normalizeText(name));
  for (let i = 0; i < chars.length; i++) {
    if (isWordChar(chars[i] ?? '')) out.add(cutTerm(chars.slice(i, i + 18).join('')));
  }
  const syllables = syllablesOf(name, person).map((s) => s.text);
  for (let i = 0; i < syllables.length; i++) {
    let full = '';
    for (let j = i; j < syllables.length && full.length < 18; j++) full += syllables[j];
    out.add(cutTerm(full));
    out.add(cutTerm(syllables.slice(i, i + 18).map((s) => s[0]).join('')));
  }
  return [...out];
}

/** A phone number is found by any run of 4 or more of its digits. */
export function phoneTerms(phone: string | null | undefined): string[] {
  const digits = (phone ?? '').replace(/\D/g, '');
  const out: string[] = [];
  for (let i = 0; i + 4 <= digits.length; i++) out.push(cutTerm(digits.slice(i)));
  return out;
}

/** A credit code is found by its beginning (people paste or type it from the left). */
export function codeTerms(code: string | null | undefined): string[] {
  return code ? [cutTerm(code.toLowerCase())] : [];
}
