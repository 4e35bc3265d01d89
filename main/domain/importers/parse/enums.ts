import { toHalfWidth } from '@contract/shared/companyName';

/** Normalised for matching: half-width, lower case, no spaces or brackets. */
export const norm = (s: string): string =>
  toHalfWidth(s)
    .toLowerCase()
    .replace(/[\s()（）[\]【】"“”'‘’:：]/g, '');

/**
 * A value from a list of allowed ones, matched on what offices write. Each entry lists exact
 * words first; `contains` words match inside longer text. The code itself also matches.
 */
export interface Vocabulary<T extends string> {
  exact: Record<T, string[]>;
  contains?: Partial<Record<T, string[]>>;
}

export function lookup<T extends string>(vocab: Vocabulary<T>, raw: string): T | null {
  const s = norm(raw);
  if (!s) return null;
  for (const [code, words] of Object.entries(vocab.exact) as [T, string[]][]) {
    if (s === code.toLowerCase() || words.some((w) => norm(w) === s)) return code;
  }
  for (const [code, words] of Object.entries(vocab.contains ?? {}) as [T, string[]][]) {
    if (words.some((w) => s.includes(norm(w)))) return code;
  }
  return null;
}

const TRUE = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓', '✔', '对', '有', '链主', '重点']);
const FALSE = new Set(['否', 'n', 'no', 'false', '0', '×', '✗', '无', '不是', '']);

export function parseBool(raw: string | number | boolean): boolean | null {
  if (typeof raw === 'boolean') return raw;
  const s = norm(String(raw));
  if (TRUE.has(s)) return true;
  if (FALSE.has(s)) return false;
  return null;
}
