/**
 * Global search (Ctrl+K) latency on a filled database. `benchSearch(db)` is what the benchmark
 * calls; run this file directly to build the L demo in a temporary file and print the figures:
 *
 *   npx jiti bench/search.bench.ts [existing-L.sqlite]
 *
 * The queries are taken from the data itself (the same every run): contact names as written, in
 * full pinyin and initials, typed one key at a time as people do; company brands in Chinese,
 * pinyin and initials; two-character words; mobile numbers whole and by their last four digits;
 * credit codes; and the hard cases — one letter, the commonest words (有限, 科技, 项目).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase, openDatabase, type Db } from '../main/db/open';
import { generateDemo } from '../main/domain/demo';
import { searchGlobal } from '../main/domain/search';
import { syllablesOf } from '../main/domain/search/pinyin';

export interface SearchBench {
  /** Calls measured (each one keystroke's search). */
  calls: number;
  p50: number;
  p95: number;
  max: number;
  /** The slowest queries, for looking into. */
  slowest: { q: string; millis: number }[];
}

const HARD = [
  'y',
  'z',
  'zh',
  'h',
  'hang',
  'zhang',
  'xinneng',
  '有',
  '有限',
  '科技',
  '项目',
  '张',
  '王伟',
  '91',
  '138',
];

const initials = (name: string, person: boolean): string =>
  syllablesOf(name, person)
    .map((s) => s.text[0])
    .join('');
const fullPinyin = (name: string, person: boolean): string =>
  syllablesOf(name, person)
    .map((s) => s.text)
    .join('');
/** "zjx" → z, zj, zjx: a search runs on every keystroke. */
const typed = (q: string): string[] => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1));

function sample<T>(db: Db, sql: string, n: number): T[] {
  const total = db.prepare(`SELECT count(*) FROM (${sql})`).pluck().get() as number;
  const step = Math.max(1, Math.floor(total / n));
  return db.prepare(`SELECT * FROM (${sql}) WHERE rowid % ? = 0 LIMIT ?`).all(step, n) as T[];
}

export function searchQueries(db: Db, perKind = 30): string[] {
  const qs: string[] = [...HARD];
  const contacts = sample<{ name: string; mobile: string | null }>(
    db,
    `SELECT rowid, name, mobile FROM contacts`,
    perKind,
  );
  for (const c of contacts) {
    qs.push(c.name, ...typed(initials(c.name, true)), fullPinyin(c.name, true));
    if (c.mobile) qs.push(c.mobile, c.mobile.slice(-4));
  }
  const companies = sample<{ name: string; code: string | null }>(
    db,
    `SELECT rowid, name, credit_code AS code FROM companies`,
    perKind,
  );
  for (const c of companies) {
    // The brand (字号) follows a two-character city in most names: 杭州|海康威视|…
    const brand = Array.from(c.name).slice(2, 6).join('');
    qs.push(brand, brand.slice(0, 2), ...typed(initials(brand, false)), fullPinyin(brand, false));
    if (c.code) qs.push(c.code, c.code.slice(0, 8));
  }
  const projects = sample<{ name: string }>(db, `SELECT rowid, name FROM projects`, perKind);
  for (const p of projects) {
    const head = Array.from(p.name).slice(0, 4).join('');
    qs.push(head.slice(0, 2), head, initials(head, false));
  }
  return qs;
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

export function benchSearch(db: Db, perKind = 30): SearchBench {
  const queries = searchQueries(db, perKind);
  // The first search indexes whatever is queued; that is not what a keystroke costs.
  searchGlobal(db, { q: '预热' });
  const timed = queries.map((q) => {
    const t = performance.now();
    searchGlobal(db, { q });
    return { q, millis: performance.now() - t };
  });
  const sorted = timed.map((x) => x.millis).sort((a, b) => a - b);
  const round = (n: number): number => Math.round(n * 100) / 100;
  return {
    calls: timed.length,
    p50: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    max: round(sorted[sorted.length - 1] ?? 0),
    slowest: [...timed]
      .sort((a, b) => b.millis - a.millis)
      .slice(0, 8)
      .map((x) => ({ q: x.q, millis: round(x.millis) })),
  };
}

if (process.argv[1]?.endsWith('search.bench.ts')) {
  const given = process.argv[2];
  const dir = given ? null : mkdtempSync(join(tmpdir(), 'leadatlas-bench-'));
  const db = openDatabase(given ?? join(dir as string, 'L.sqlite'));
  try {
    if (!given) {
      const demo = generateDemo(db, 'L');
      console.log(`L demo built in ${demo.millis} ms`);
    }
    console.log(JSON.stringify(benchSearch(db), null, 2));
  } finally {
    closeDatabase(db);
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
