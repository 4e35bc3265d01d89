import type { Db } from '../../db/open';
import { syllablesOf, type Syllable } from './pinyin';
import { SEARCH_KINDS, type SearchKind } from './schema';
import { readTexts, SOURCES } from './sources';
import { searchDocument, type SyllableReader } from './tokens';

/**
 * Keeps the FTS tables in step with the records. Triggers (migration 003) queue every inserted
 * or renamed record and drop deleted ones at once; pinyin needs JavaScript, so the queued ones
 * are indexed here: by the search before it answers, or by whoever wants it done now.
 */

const CHUNK = 2000;

function writeDocs(db: Db, kind: SearchKind, ids: number[], read?: SyllableReader): void {
  const drop = db.prepare(`DELETE FROM search_${kind} WHERE rowid = ?`);
  const put = db.prepare(`INSERT INTO search_${kind} (rowid, terms) VALUES (?, ?)`);
  const texts = readTexts(db, kind, ids);
  for (const id of ids) {
    drop.run(id);
    const t = texts.get(id);
    if (t) put.run(id, searchDocument(kind, t, read));
  }
}

/** Indexes every queued record; returns how many there were. Cheap when the queue is empty. */
export function flushSearchQueue(db: Db): number {
  const next = db.prepare(`SELECT kind, id FROM search_queue LIMIT ${CHUNK}`);
  const done = db.prepare(`DELETE FROM search_queue WHERE kind = ? AND id = ?`);
  let total = 0;
  for (;;) {
    const batch = next.all() as { kind: SearchKind; id: number }[];
    if (batch.length === 0) return total;
    db.transaction(() => {
      for (const kind of SEARCH_KINDS) {
        const ids = batch.filter((b) => b.kind === kind).map((b) => b.id);
        if (ids.length) writeDocs(db, kind, ids);
      }
      for (const b of batch) done.run(b.kind, b.id);
    }).immediate();
    total += batch.length;
  }
}

/** Reads each distinct name once: contact names repeat a lot (王伟, 李娜 …). */
function memoReader(): SyllableReader {
  const memo = new Map<string, Syllable[]>();
  return (name, person) => {
    const key = (person ? '1' : '0') + name;
    let s = memo.get(key);
    if (!s) {
      s = syllablesOf(name, person);
      memo.set(key, s);
    }
    return s;
  };
}

/**
 * Builds the whole index afresh, for bulk writers (demo data, imports) that would otherwise
 * leave the first search a long queue to work through. Runs in one transaction.
 */
export function rebuildSearchIndex(db: Db): { indexed: number; millis: number } {
  const started = performance.now();
  const read = memoReader();
  let indexed = 0;
  db.transaction(() => {
    db.exec(`DELETE FROM search_queue`);
    for (const kind of SEARCH_KINDS) {
      db.exec(`INSERT INTO search_${kind} (search_${kind}) VALUES ('delete-all')`);
      const page = db
        .prepare(`SELECT id FROM ${SOURCES[kind].table} WHERE id > ? ORDER BY id LIMIT ${CHUNK}`)
        .pluck();
      for (let last = 0; ;) {
        const ids = page.all(last) as number[];
        if (ids.length === 0) break;
        writeDocs(db, kind, ids, read);
        indexed += ids.length;
        last = ids[ids.length - 1] as number;
      }
      // One merged segment per table: fewer pages to read on every search.
      db.exec(`INSERT INTO search_${kind} (search_${kind}) VALUES ('optimize')`);
    }
  }).immediate();
  return { indexed, millis: Math.round(performance.now() - started) };
}
