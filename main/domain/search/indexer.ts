import type { Db } from '../../db/open';
import { prepareCached } from '../../db/statements';
import { giveWayToWindow } from '../../db/windowFirst';
import { likeText } from './like';
import { nameHash, syllableTexts } from './pinyin';
import { SEARCH_KINDS, type SearchKind } from '@contract/search/schema';
import { readTexts, SOURCES } from './sources';
import { searchDocument } from './tokens';

/**
 * Keeps the search tables in step with the records. Triggers (migration 003) queue every
 * inserted or renamed record and take deleted ones out at once; pinyin needs JavaScript, so
 * queued records are indexed here: by the search before it answers, or by a bulk writer.
 */

const CHUNK = 2000;

type Reader = (name: string, person: boolean) => string[];

function writeDocs(db: Db, kind: SearchKind, ids: number[], fresh: boolean, read: Reader): void {
  const drop = db.prepare(`DELETE FROM search_${kind} WHERE rowid = ?`);
  const put = db.prepare(`INSERT INTO search_${kind} (rowid, terms) VALUES (?, ?)`);
  const spoken = db.prepare(
    `INSERT OR REPLACE INTO search_syllables (kind, id, syllables, name_hash) VALUES (?, ?, ?, ?)`,
  );
  const unspoken = db.prepare(`DELETE FROM search_syllables WHERE kind = ? AND id = ?`);
  const texts = readTexts(db, kind, ids);
  for (const id of ids) {
    // `fresh`: the tables were just emptied, there is nothing old to take out.
    if (!fresh) drop.run(id);
    const t = texts.get(id);
    if (!t) {
      unspoken.run(kind, id);
      continue;
    }
    const syllables = read(t.name, kind === 'contact');
    put.run(id, searchDocument(kind, t, syllables));
    spoken.run(kind, id, syllables.join(' '), nameHash(t.name));
  }
}

/** Indexes up to `limit` queued records in one transaction; returns how many there were. */
function indexQueued(db: Db, limit: number): number {
  const batch = db.prepare(`SELECT kind, id FROM search_queue LIMIT ?`).all(limit) as {
    kind: SearchKind;
    id: number;
  }[];
  if (batch.length === 0) return 0;
  const done = db.prepare(`DELETE FROM search_queue WHERE kind = ? AND id = ?`);
  db.transaction(() => {
    for (const kind of SEARCH_KINDS) {
      const ids = batch.filter((b) => b.kind === kind).map((b) => b.id);
      if (ids.length) writeDocs(db, kind, ids, false, syllableTexts);
    }
    for (const b of batch) done.run(b.kind, b.id);
  }).immediate();
  return batch.length;
}

/**
 * What a search on the window's thread indexes before it answers: what forms leave queued (a
 * record or a few). A bulk write's backlog is indexed by its catch-up in the job thread; records
 * still queued meanwhile are found by their names as written (`queuedNamed`).
 */
export const FLUSH_ON_SEARCH = 300;

/** Indexes queued records, at most `limit` (all by default); returns how many. Cheap when none are queued. */
export function flushSearchQueue(db: Db, limit = Infinity): number {
  let total = 0;
  for (
    let n = indexQueued(db, Math.min(CHUNK, limit));
    n > 0;
    n = indexQueued(db, Math.min(CHUNK, limit - total))
  ) {
    total += n;
    if (total >= limit) break;
  }
  return total;
}

/**
 * Ids of records of `kind` still waiting in the queue whose name contains `text`, at most
 * `limit`: the index does not know them yet, their names do. Nothing to read when none wait.
 */
export function queuedNamed(db: Db, kind: SearchKind, text: string, limit = -1): number[] {
  const needle = text.trim();
  if (needle === '') return [];
  return prepareCached(
    db,
    `SELECT q.id FROM search_queue q JOIN ${SOURCES[kind].table} r ON r.id = q.id
     WHERE q.kind = ? AND r.name LIKE ? ESCAPE '\\' LIMIT ?`,
    { pluck: true },
  ).all(kind, likeText(needle), limit) as number[];
}

const draining = new WeakSet<Db>();
/** About 30 ms of pinyin and index writes per slice. */
const SLICE = 300;

/**
 * Works through the queue a slice at a time, pausing between slices, so a big import's 100,000
 * new records are searchable soon after it ends without the app freezing for the ~9 s that
 * indexing them takes. A search meanwhile indexes whatever is still queued itself, as always.
 */
export async function drainSearchQueue(db: Db): Promise<number> {
  if (draining.has(db)) return 0;
  draining.add(db);
  let total = 0;
  try {
    for (;;) {
      if (!db.open) return total;
      const n = indexQueued(db, SLICE);
      if (n === 0) return total;
      total += n;
      await giveWayToWindow();
    }
  } finally {
    draining.delete(db);
  }
}

/** Reads each distinct name once: people's names repeat a lot (王伟, 李娜 …). */
function memoReader(): Reader {
  const memo = new Map<string, string[]>();
  return (name, person) => {
    const key = (person ? '1' : '0') + name;
    let s = memo.get(key);
    if (!s) {
      s = syllableTexts(name, person);
      memo.set(key, s);
    }
    return s;
  };
}

/**
 * Builds the whole index afresh in one transaction, for bulk writers (demo data, imports) that
 * would otherwise leave the first search a long queue to work through.
 */
export function rebuildSearchIndex(db: Db): { indexed: number; millis: number } {
  const started = performance.now();
  const read = memoReader();
  let indexed = 0;
  db.transaction(() => {
    db.exec(`DELETE FROM search_queue; DELETE FROM search_syllables;`);
    for (const kind of SEARCH_KINDS) {
      const fts = `search_${kind}`;
      db.exec(`INSERT INTO ${fts} (${fts}) VALUES ('delete-all')`);
      // Merging segments while loading is wasted when one 'optimize' follows: about a third of
      // the time on the L demo. The default (4) is put back afterwards.
      db.exec(`INSERT INTO ${fts} (${fts}, rank) VALUES ('automerge', 0)`);
      const page = db
        .prepare(`SELECT id FROM ${SOURCES[kind].table} WHERE id > ? ORDER BY id LIMIT ${CHUNK}`)
        .pluck();
      for (let last = 0; ;) {
        const ids = page.all(last) as number[];
        if (ids.length === 0) break;
        writeDocs(db, kind, ids, true, read);
        indexed += ids.length;
        last = ids[ids.length - 1] as number;
      }
      // One merged segment per table: fewer pages to read on every search.
      db.exec(`INSERT INTO ${fts} (${fts}) VALUES ('optimize')`);
      db.exec(`INSERT INTO ${fts} (${fts}, rank) VALUES ('automerge', 4)`);
    }
  }).immediate();
  return { indexed, millis: Math.round(performance.now() - started) };
}
