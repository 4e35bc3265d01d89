// 数据库加密 costs: the same demo file (L in the full run), plain and encrypted (SQLCipher pages,
// random raw key), in one run: open + first page, a grid page, global search, and an import into
// the full file. "ours" is the encrypted copy, "raw" the plain one, timed in turns so the
// machine's other work weighs on both alike; the ratio is what encryption adds. Goal: ≤ 1.3× each.
import { rmSync } from 'node:fs';
import { freshCopy } from './freshCopy';
import { databaseKey, useDatabaseKey } from '../main/db/cipher';
import { encryptDatabase } from '../main/db/encryption';
import type { KeyStore } from '../main/db/keyFile';
import { closeDatabase, openDatabase, type Db } from '../main/db/open';
import { benchContext, call } from './context';
import { importLedger } from './import.bench';
import { Samples, type Plan } from './measure';
import { openAndFirstPage } from './open.bench';
import { searchQueries } from './search.bench';
import { searchGlobal } from '../main/domain/search';
import { row, type BenchRow, type Summary } from './stats';

const LIMIT = { maxRatio: 1.3 };

/** The bench has no keychain: the sealed key is the key itself, in a throwaway folder. */
const noKeychain: KeyStore = { available: () => true, seal: (b) => b, unseal: (b) => b };

interface Copies {
  plain: string;
  encrypted: string;
  key: Buffer;
}

/** Two copies of the demo file: one left plain, one converted the way 设置 converts it. */
function copies(db: Db, tmp: string): Copies {
  const plain = `${tmp}/cipher-plain.sqlite`;
  const encrypted = `${tmp}/cipher-encrypted.sqlite`;
  for (const path of [plain, encrypted]) db.prepare('VACUUM INTO ?').run(path);
  const conn = openDatabase(encrypted);
  encryptDatabase(conn, encrypted, { keyStore: noKeychain });
  const key = databaseKey()!;
  closeDatabase(conn);
  useDatabaseKey(null);
  return { plain, encrypted, key };
}

/**
 * One run on the encrypted copy and one on the plain per iteration (after the warm-up), the one
 * that goes first alternating (the first after a fresh copy may meet its write-back), with the
 * key in use switched along, so both see the same moment of the machine. `setup` (a fresh copy
 * to import into) runs before each and is not timed.
 */
async function inTurns(
  plan: Plan,
  key: Buffer,
  run: (encrypted: boolean, i: number) => unknown,
  setup?: (encrypted: boolean) => void,
): Promise<{ enc: Summary; plain: Summary }> {
  const samples = { enc: new Samples(), plain: new Samples() };
  for (let i = 0; i < plan.warmup + plan.iterations; i++) {
    for (const encrypted of i % 2 ? [false, true] : [true, false]) {
      useDatabaseKey(encrypted ? key : null);
      setup?.(encrypted);
      if (i >= plan.warmup) await samples[encrypted ? 'enc' : 'plain'].take(() => run(encrypted, i));
      else await run(encrypted, i);
    }
  }
  useDatabaseKey(null);
  return { enc: samples.enc.summary(), plain: samples.plain.summary() };
}

export async function benchEncryption(
  db: Db,
  tmp: string,
  plans: { open: Plan; grid: Plan },
  ledger: string | null,
): Promise<BenchRow[]> {
  const c = copies(db, tmp);
  const out: BenchRow[] = [];
  const add = (name: string, m: { enc: Summary; plain: Summary }, note?: string): void =>
    void out.push(row('encryption', `${name}: encrypted vs plain`, m.enc, m.plain, LIMIT, note));

  add(
    'open + first page',
    await inTurns(plans.open, c.key, (e) => openAndFirstPage(e ? c.encrypted : c.plain)),
  );

  useDatabaseKey(c.key);
  const encDb = openDatabase(c.encrypted);
  useDatabaseKey(null);
  const plainDb = openDatabase(c.plain);
  try {
    const ctx = { true: benchContext(encDb, c.encrypted), false: benchContext(plainDb, c.plain) };
    const pageOf = (e: boolean, i: number): Promise<unknown> =>
      call(ctx[`${e}`], 'projects.list', { offset: (i * 997) % 5_000, limit: 100, sort: [] });
    add('grid page', await inTurns(plans.grid, c.key, pageOf));

    const queries = searchQueries(plainDb, 10);
    for (const d of [encDb, plainDb]) searchGlobal(d, { q: '预热' });
    const searchAll = (e: boolean): void => {
      for (const q of queries) searchGlobal(e ? encDb : plainDb, { q });
    };
    add('search', await inTurns(plans.grid, c.key, searchAll), `${queries.length} queries per run`);
  } finally {
    closeDatabase(encDb);
    closeDatabase(plainDb);
  }

  if (ledger) {
    // Into a fresh copy of the full file each time, encrypted or plain, as a user imports into
    // the ledger they have.
    const target = `${tmp}/cipher-import.sqlite`;
    let created = 0;
    const fresh = (encrypted: boolean): void => {
      freshCopy(encrypted ? c.encrypted : c.plain, target);
    };
    const importInto = async (): Promise<void> => void (created = await importLedger(ledger, target));
    // A few turns of a second or so each: one turn alone is at the mercy of the moment.
    add(
      'import into the full file',
      await inTurns(plans.open, c.key, importInto, fresh),
      `${created} companies created per run`,
    );
    rmSync(target, { force: true });
  }
  return out;
}
