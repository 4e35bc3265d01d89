import type { Db } from '../../db/open';
import { prepareCached } from '../../db/statements';

/**
 * Parts of the dashboard's figures kept between reads, each until a record it counts changes.
 * A part is a bucket of a family: a month of the projects' milestones, of arrivals or of visits
 * (monthly.ts), a person's open projects, a block of company ids' provinces. Migration 15's
 * triggers give the buckets a write touches a new random version, on every connection.
 *
 * A bucket's value is kept per connection and per reading (`key`), with the versions it was read
 * at: its own and the file's epoch. Versions are read before the rows, so rows committed in
 * between are kept under the older version and read again next time, never the reverse. Inside a
 * write transaction nothing is kept: a rollback would leave sums of rows that never were.
 */
export type Family = 'projects' | 'arrivals' | 'visits' | 'owners' | 'companies';

/** What one connection keeps at most: a month of 走访企业数 at 1,000,000 companies is 125 KB per team. */
const KEPT_BYTES = 64 * 1024 * 1024;

interface Kept {
  version: string;
  value: unknown;
  bytes: number;
}

interface Store {
  values: Map<string, Kept>;
  bytes: number;
}

const kept = new WeakMap<Db, Store>();

/**
 * The value of each bucket, kept or read now. The values are the kept ones: a caller must not
 * change them.
 */
export function inBuckets<T>(
  db: Db,
  family: Family,
  key: string,
  buckets: readonly string[],
  read: (bucket: string) => T,
): T[] {
  if (db.inTransaction) return buckets.map(read);
  const versions = versionsOf(db, family, buckets);
  let store = kept.get(db);
  if (!store) kept.set(db, (store = { values: new Map(), bytes: 0 }));
  return buckets.map((bucket) => {
    const version = `${versions.epoch}|${versions.of.get(bucket) ?? 0}`;
    const id = `${family}|${key}|${bucket}`;
    const hit = store.values.get(id);
    if (hit && hit.version === version) {
      // Most recently used last, so the oldest goes first when the budget is spent.
      store.values.delete(id);
      store.values.set(id, hit);
      return hit.value as T;
    }
    const value = read(bucket);
    keep(store, id, { version, value, bytes: bytesOf(value) });
    return value;
  });
}

function keep(store: Store, id: string, entry: Kept): void {
  const old = store.values.get(id);
  if (old) store.bytes -= old.bytes;
  store.values.delete(id);
  store.values.set(id, entry);
  store.bytes += entry.bytes;
  for (const [oldest, e] of store.values) {
    if (store.bytes <= KEPT_BYTES) break;
    store.values.delete(oldest);
    store.bytes -= e.bytes;
  }
}

/** About the memory a kept value takes: typed arrays by their bytes, numbers and keys by 8 or 16. */
function bytesOf(value: unknown): number {
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (value instanceof Map) {
    let n = 0;
    for (const v of value.values()) n += 16 + bytesOf(v);
    return n;
  }
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + bytesOf(v), 16);
  if (value !== null && typeof value === 'object') return bytesOf(Object.values(value));
  return 8;
}

function versionsOf(
  db: Db,
  family: Family,
  buckets: readonly string[],
): { epoch: number; of: Map<string, number> } {
  const epoch = prepareCached(db, `SELECT version FROM figure_versions WHERE family = '*' AND bucket = '*'`, {
    pluck: true,
  }).get() as number;
  if (buckets.length === 0) return { epoch, of: new Map() };
  const rows = prepareCached(
    db,
    'SELECT bucket, version FROM figure_versions WHERE family = ? AND bucket IN (SELECT value FROM json_each(?))',
    { raw: true },
  ).all(family, JSON.stringify(buckets)) as [string, number][];
  return { epoch, of: new Map(rows) };
}
