// Global search rows: bench/search.bench.ts times 'search.global' on queries taken from the data
// (Chinese 2- and 4-character, full pinyin, initials typed key by key, phones, credit codes);
// the raw baseline runs the same queries as bare FTS5 prefix lookups on the three index tables.
import type { Db } from '../main/db/open';
import { flushSearchQueue } from '../main/domain/search';
import { benchSearch, searchQueries } from './search.bench';
import { time } from './measure';
import { row, type BenchRow } from './stats';

const SEARCH = { p95Ms: 30 };

/** The index is detail=none (no phrases): letters and digits only, as one prefix token. */
const ftsPrefix = (q: string): string => `${q.replace(/[^\p{L}\p{N}]/gu, '') || 'a'}*`;

export function benchSearchRows(db: Db, perKind: number): BenchRow[] {
  // After a bulk load every record waits in the queue; the first search indexes them all.
  const t = performance.now();
  const indexed = flushSearchQueue(db);
  const indexMs = performance.now() - t;
  const ours = benchSearch(db, perKind);
  const queries = searchQueries(db, perKind);
  const lookups = (['company', 'contact', 'project'] as const).map((k) =>
    db.prepare(`SELECT rowid FROM search_${k} WHERE search_${k} MATCH ? LIMIT 50`).pluck(),
  );
  const raw = time({ warmup: 1, iterations: queries.length }, (i) => {
    const q = ftsPrefix(queries[i % queries.length]!);
    for (const s of lookups) s.all(q);
  });
  const slowest = ours.slowest
    .slice(0, 3)
    .map((s) => `${s.q} ${s.millis} ms`)
    .join(', ');
  return [
    row(
      'search',
      'index build after load',
      { n: 1, p50: indexMs, p95: indexMs, max: indexMs },
      null,
      undefined,
      `${indexed} records`,
    ),
    row(
      'search',
      `global search, ${ours.calls} queries`,
      { n: ours.calls, p50: ours.p50, p95: ours.p95, max: ours.max },
      raw,
      SEARCH,
      `slowest: ${slowest}`,
    ),
  ];
}
