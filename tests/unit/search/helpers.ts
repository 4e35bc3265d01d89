import type { Db } from '../../../main/db/open';
import { searchGlobal } from '../../../main/domain/search';
import type { SearchKind } from '@contract/search/schema';
import { creditCodeCheckChar } from '@contract/shared/creditCode';

export const clerk = { name: '王科员' };

/** A valid 统一社会信用代码 built from its first 17 characters. */
export const code = (first17: string): string => first17 + creditCodeCheckChar(first17);

/** What the dropdown would show for one group: titles in order. */
export function titles(db: Db, q: string, kind: SearchKind): string[] {
  const group = searchGlobal(db, { q }).groups.find((g) => g.kind === kind);
  return group ? group.hits.map((h) => h.title) : [];
}

/** The highlighted part of the title (or of the matched phone/credit code) of the first hit. */
export function marked(db: Db, q: string, kind: SearchKind): string {
  const hit = searchGlobal(db, { q }).groups.find((g) => g.kind === kind)?.hits[0];
  if (!hit) return '';
  const [text, marks] = hit.titleMarks.length
    ? [hit.title, hit.titleMarks]
    : [hit.detail ?? '', hit.detailMarks];
  return marks.map(([a, b]) => text.slice(a, b)).join('|');
}

/** A seeded generator of numbers in [0, 1): random data that is the same on every run. */
export function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

/** LIKE's pattern for "contains `v`", its wildcards escaped (ESCAPE '\\'). */
export const containsPattern = (v: string): string => `%${v.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A grid query with one "contains" filter, every row on one page by id. */
export const containsQuery = (col: string, value: string) => ({
  limit: 500,
  sort: [{ col: 'id', dir: 'asc' as const }],
  filters: { [col]: { type: 'text' as const, op: 'contains' as const, value } },
});
