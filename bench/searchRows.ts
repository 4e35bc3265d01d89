// Global search rows: bench/search.bench.ts times 'search.global' on queries taken from the data
// (Chinese 2- and 4-character, full pinyin, initials typed key by key, phones, credit codes);
// the raw baseline does the same retrieval without our matching and ranking: per kind the same
// MATCH expression, the same candidate limit and order, and the same detail rows read by id.
import type { Db } from '../main/db/open';
import { CANDIDATES, DETAILS, flushSearchQueue } from '../main/domain/search';
import { parseQuery } from '../main/domain/search/query';
import { benchSearch, searchQueries } from './search.bench';
import { time } from './measure';
import { row, type BenchRow } from './stats';

const SEARCH = { p95Ms: 30 };

export function benchSearchRows(db: Db, perKind: number): BenchRow[] {
  // After a bulk load every record waits in the queue; the first search indexes them all.
  const t = performance.now();
  const indexed = flushSearchQueue(db);
  const indexMs = performance.now() - t;
  const ours = benchSearch(db, perKind);
  // The MATCH expressions are worked out beforehand: the baseline times only the reading.
  const matches = searchQueries(db, perKind).map((q) => parseQuery(q)?.match ?? null);
  const kinds = (['company', 'project', 'contact'] as const).map((k) => ({
    ids: db
      .prepare(`SELECT rowid FROM search_${k} WHERE search_${k} MATCH ? ORDER BY rowid DESC LIMIT ?`)
      .pluck(),
    details: db.prepare(DETAILS[k]),
  }));
  const raw = time({ warmup: 1, iterations: matches.length }, (i) => {
    const match = matches[i % matches.length];
    if (!match) return;
    for (const k of kinds) {
      const ids = k.ids.all(match, CANDIDATES) as number[];
      if (ids.length > 0) k.details.all(JSON.stringify(ids));
    }
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
