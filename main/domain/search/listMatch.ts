import type { Db } from '../../db/open';
import { prepareCached } from '../../db/statements';
import { DETAILS, toCandidate } from './index';
import { FLUSH_ON_SEARCH, flushSearchQueue, queuedNamed } from './indexer';
import { likeText } from './like';
import { matchName, matchPhone } from './match';
import { wordChars } from './normalize';
import { parseQuery, type ParsedQuery } from './query';
import type { SearchKind } from '@contract/search/schema';
import { SOURCES } from './sources';

/**
 * The grids' search boxes and "contains" filters on names, answered from the search index
 * (migration 3) instead of reading every row. Two questions, two exact answers:
 * - containsIds: the records whose name LIKE '%value%' (what a "contains" filter means);
 * - searchIds: the records a search box finds, the way Ctrl+K finds them (Chinese as written,
 *   pinyin, initials, phone numbers, credit codes) plus plain LIKE on the name.
 * Staff and teams are tens of rows: they are checked one by one with the same matchers.
 */
export type NameKind = SearchKind | 'staff' | 'team';

/**
 * An FTS query every record whose name contains `value` answers (some others may too). The
 * index holds every neighbouring pair of a name's searchable characters and its last one
 * alone, so a run of two or more is all of its pairs, and one character is any token it begins.
 * null: nothing searchable in `value` (only punctuation or spaces).
 */
function substringMatch(value: string): string | null {
  const { chars } = wordChars(value);
  if (chars.length === 0) return null;
  if (chars.length === 1) return `"${chars[0]}"*`;
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) pairs.add(`${chars[i]}${chars[i + 1]}`);
  return [...pairs].map((p) => `"${p}"`).join(' ');
}

/**
 * The names of a kind's records by id, read from the (id, name) index of migration 9: checking a
 * candidate's name then reads a small index entry, not its whole row. Named, because SQLite
 * only picks it by itself once ANALYZE has counted it.
 */
const namesOf = (kind: SearchKind): string =>
  `${SOURCES[kind].table} INDEXED BY ${SOURCES[kind].table}_id_name`;

const SMALL: Record<'staff' | 'team', string> = { staff: 'staff', team: 'teams' };

/**
 * Past this many candidates the index no longer narrows much: checking each candidate's name
 * costs more than LIKE over the name's own index (27,000 companies with 科技), and the page is
 * met early when walking the sort order.
 */
const DENSE = 10_000;

/**
 * Ids whose name LIKE '%value%'; null when the index cannot narrow it (nothing searchable, or
 * too many candidates): the caller then uses LIKE.
 */
export function containsIds(db: Db, kind: SearchKind, value: string): number[] | null {
  const match = substringMatch(value);
  if (match === null) return null;
  flushSearchQueue(db, FLUSH_ON_SEARCH);
  const candidates = prepareCached(db, `SELECT count(*) FROM search_${kind} WHERE search_${kind} MATCH ?`, {
    pluck: true,
  }).get(match) as number;
  if (candidates > DENSE) return null;
  const indexed = prepareCached(
    db,
    `SELECT id FROM ${namesOf(kind)} WHERE id IN (SELECT rowid FROM search_${kind} WHERE search_${kind} MATCH ?)
       AND name LIKE ? ESCAPE '\\'`,
    { pluck: true },
  ).all(match, likeText(value)) as number[];
  // Records an import added that the job thread has not indexed yet: found by their names.
  const queued = queuedNamed(db, kind, value, DENSE + 1);
  if (queued.length === 0) return indexed;
  const ids = new Set([...indexed, ...queued]);
  return ids.size > DENSE ? null : [...ids];
}

/** The SQL of ids of a small table whose name LIKE '%value%', with its parameter. */
export function smallContains(kind: 'staff' | 'team', value: string): { sql: string; params: unknown[] } {
  return { sql: `SELECT id FROM ${SMALL[kind]} WHERE name LIKE ? ESCAPE '\\'`, params: [likeText(value)] };
}

function indexedSearch(db: Db, kind: SearchKind, q: ParsedQuery, raw: string): number[] {
  flushSearchQueue(db, FLUSH_ON_SEARCH);
  const fts = `SELECT rowid FROM search_${kind} WHERE search_${kind} MATCH ?`;
  const found = new Set<number>();
  const sub = substringMatch(raw);
  let candidates: number[] | null = null;
  if (sub !== null && sub === q.match) {
    // Chinese as typed: the search's candidates are the substring's, so one pass of the index
    // gives both, each with whether its name holds the text.
    const rows = prepareCached(
      db,
      `SELECT id, name LIKE ? ESCAPE '\\' FROM ${namesOf(kind)} WHERE id IN (${fts})`,
      { raw: true },
    ).all(likeText(raw.trim()), sub) as [number, number][];
    candidates = [];
    for (const [id, holds] of rows) {
      if (holds) found.add(id);
      else candidates.push(id);
    }
  } else if (sub !== null) {
    const like = prepareCached(
      db,
      `SELECT id FROM ${namesOf(kind)} WHERE id IN (${fts}) AND name LIKE ? ESCAPE '\\'`,
      { pluck: true },
    ).all(sub, likeText(raw.trim())) as number[];
    for (const id of like) found.add(id);
  }
  for (const id of queuedNamed(db, kind, raw)) found.add(id);
  candidates ??= prepareCached(db, fts, { pluck: true }).all(q.match) as number[];
  const unseen = candidates.filter((id) => !found.has(id));
  if (unseen.length) {
    const rows = prepareCached(db, DETAILS[kind]).all(JSON.stringify(unseen)) as Record<string, unknown>[];
    for (const r of rows) if (toCandidate(kind, r, q)) found.add(Number(r.id));
  }
  return [...found];
}

function smallSearch(db: Db, kind: 'staff' | 'team', q: ParsedQuery, raw: string): number[] {
  const rows = prepareCached(
    db,
    kind === 'staff' ? `SELECT id, name, mobile FROM staff` : `SELECT id, name, NULL AS mobile FROM teams`,
  ).all() as { id: number; name: string; mobile: string | null }[];
  const needle = raw.trim().toLowerCase();
  return rows
    .filter(
      (r) =>
        r.name.toLowerCase().includes(needle) ||
        matchName(r.name, q, null, kind === 'staff') !== null ||
        matchPhone(r.mobile, q) !== null,
    )
    .map((r) => r.id);
}

/** Ids of records of `kind` that the search box entry `raw` finds; null when it has nothing searchable. */
export function searchIds(db: Db, kind: NameKind, raw: string): number[] | null {
  const q = parseQuery(raw);
  if (!q) return null;
  return kind === 'staff' || kind === 'team'
    ? smallSearch(db, kind, q, raw)
    : indexedSearch(db, kind, q, raw);
}
