import type { Db } from '../../db/open';
import { parseOrThrow } from '../shared/validate';
import { FLUSH_ON_SEARCH, flushSearchQueue, queuedNamed } from './indexer';
import { matchCode, matchName, matchPhone, type FieldMatch } from './match';
import { nameHash } from './pinyin';
import { parseQuery, type ParsedQuery } from './query';
import {
  searchInput,
  type SearchGroup,
  type SearchHit,
  type SearchKind,
  type SearchResult,
} from '@contract/search/schema';

export { drainSearchQueue, flushSearchQueue, rebuildSearchIndex } from './indexer';

/** Candidates read per kind: enough to rank the shown few well, few enough to stay fast. */
export const CANDIDATES = 60;

interface Candidate {
  hit: SearchHit;
  score: number;
}

type Row = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

export const DETAILS: Record<SearchKind, string> = {
  company: `SELECT r.id, r.name, r.credit_code AS code, r.industry, s.syllables, s.name_hash AS nameHash FROM companies r
    LEFT JOIN search_syllables s ON s.kind = 'company' AND s.id = r.id
    WHERE r.id IN (SELECT value FROM json_each(?))`,
  contact: `SELECT r.id, r.name, r.title, r.mobile, r.phone, c.name AS companyName, s.syllables, s.name_hash AS nameHash FROM contacts r
    JOIN companies c ON c.id = r.company_id LEFT JOIN search_syllables s ON s.kind = 'contact' AND s.id = r.id
    WHERE r.id IN (SELECT value FROM json_each(?))`,
  project: `SELECT r.id, r.name, r.stage, c.name AS companyName, s.syllables, s.name_hash AS nameHash FROM projects r
    LEFT JOIN companies c ON c.id = r.company_id LEFT JOIN search_syllables s ON s.kind = 'project' AND s.id = r.id
    WHERE r.id IN (SELECT value FROM json_each(?))`,
};

function best(...matches: (FieldMatch | null)[]): FieldMatch | null {
  let pick: FieldMatch | null = null;
  for (const m of matches) if (m && (!pick || m.score < pick.score)) pick = m;
  return pick;
}

export function toCandidate(kind: SearchKind, r: Row, q: ParsedQuery): Candidate | null {
  const name = String(r.name);
  const stored = typeof r.syllables === 'string' && r.nameHash === nameHash(name) ? r.syllables : null;
  const onName = matchName(name, q, stored, kind === 'contact');
  const phones = kind === 'contact' ? [str(r.mobile), str(r.phone)] : [];
  const phoneMatches = phones.map((p) => [p, matchPhone(p, q)] as const);
  const onPhone = best(...phoneMatches.map(([, m]) => m));
  const onCode = kind === 'company' ? matchCode(str(r.code), q) : null;
  const m = best(onName, onPhone, onCode);
  if (!m) return null;
  const detail =
    m === onName ? null : m === onCode ? str(r.code) : (phoneMatches.find(([, pm]) => pm === m)?.[0] ?? null);
  const subtitle =
    kind === 'company'
      ? str(r.industry)
      : kind === 'contact'
        ? [str(r.companyName), str(r.title)].filter(Boolean).join(' · ') || null
        : str(r.companyName);
  const hit: SearchHit = {
    kind,
    id: Number(r.id),
    title: name,
    titleMarks: m === onName ? m.marks : [],
    subtitle,
    detail,
    detailMarks: m === onName ? [] : m.marks,
    matchedBy: m.matchedBy,
  };
  if (kind === 'project') hit.stage = r.stage as SearchHit['stage'];
  // Exact before beginning before inside; then shorter names, which are closer to what was typed.
  return { hit, score: m.score * 1000 + Math.min(name.length, 999) };
}

function searchKind(db: Db, kind: SearchKind, q: ParsedQuery, raw: string, limit: number): SearchGroup {
  const indexed = db
    .prepare(`SELECT rowid FROM search_${kind} WHERE search_${kind} MATCH ? ORDER BY rowid DESC LIMIT ?`)
    .pluck()
    .all(q.match, CANDIDATES) as number[];
  // Records a large import added that the job thread is still indexing: found by their names.
  const ids = [...new Set([...indexed, ...queuedNamed(db, kind, raw, CANDIDATES)])];
  if (ids.length === 0) return { kind, hits: [], more: false };
  const rows = db.prepare(DETAILS[kind]).all(JSON.stringify(ids)) as Row[];
  const found = rows
    .map((r) => toCandidate(kind, r, q))
    .filter((c): c is Candidate => c !== null)
    .sort((a, b) => a.score - b.score || b.hit.id - a.hit.id);
  return {
    kind,
    hits: found.slice(0, limit).map((c) => c.hit),
    more: found.length > limit || indexed.length === CANDIDATES,
  };
}

/**
 * One search over companies, projects and contacts: Chinese as written (any part, two
 * characters up), full pinyin or initials from any syllable, phone numbers, credit codes.
 */
export function searchGlobal(db: Db, input: unknown): SearchResult {
  const started = performance.now();
  const { q, limit } = parseOrThrow(searchInput, input);
  flushSearchQueue(db, FLUSH_ON_SEARCH);
  const parsed = parseQuery(q);
  const groups = parsed
    ? (['company', 'project', 'contact'] as const)
        .map((k) => searchKind(db, k, parsed, q, limit))
        .filter((g) => g.hits.length > 0)
    : [];
  return { q, groups, millis: Math.round((performance.now() - started) * 10) / 10 };
}
