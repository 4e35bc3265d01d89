// The office server under load (`--only office`): 50 laptops, each with a month of changes, sync at
// once with one server on loopback (bench/officeLoad.ts). Ours is the laptop's real round over
// HTTPS; raw is the same changes inserted straight into a copy of the server's change-log table,
// one multi-row INSERT per push page, nothing merged, checked or mirrored. After a second round
// for everyone the bench checks that nothing was lost or taken twice and that every ledger hashes
// as the server's mirror; it fails (exit code 1) when not, or when the run passes its time cap.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pushPages } from '../main/sync/serverRound';
import type { SyncChange } from '../main/sync/change';
import { freshDatabase, type TestDatabase } from '../tests/server/testDatabase';
import { openOfficeSql, runOfficeLoad, type OfficeDatabase, type OfficeLoadResult } from './officeLoad';
import { row, summarise, type BenchRow } from './stats';
import type { MonthSize } from './syncMonth';

const LAPTOPS = 50;
/**
 * About 300 changes per laptop (full run), about 75 with --smoke. Every laptop then applies all the
 * others' changes (some 15,000), all in this one process: that, not the server, bounds the size.
 */
const MONTH: MonthSize = { companies: 75, projects: 65, edits: 45, stageMoves: 20, deletes: 10 };
const SMOKE_MONTH: MonthSize = { companies: 20, projects: 15, edits: 10, stageMoves: 5, deletes: 2 };
/** A guard against a hang, not a target: a full run takes some 10 minutes on a busy 2-core machine. */
const CAP_MS = 15 * 60_000;

/** PostgreSQL from DATABASE_URL, else the tests' PostgreSQL, else PGlite: a throwaway database either way. */
async function officeDatabase(
  dir: string,
  log: (line: string) => void,
): Promise<{ database: OfficeDatabase; label: string; drop(): Promise<void> }> {
  const given = process.env.DATABASE_URL;
  let pg: TestDatabase | null = null;
  try {
    pg = await freshDatabase(given || undefined);
  } catch (err) {
    log(`office: PostgreSQL not reachable (${(err as Error).message}); using PGlite`);
  }
  if (!pg) {
    mkdirSync(dir, { recursive: true });
    return { database: { kind: 'pglite' }, label: 'PGlite (embedded)', drop: () => Promise.resolve() };
  }
  const url = new URL(pg.url);
  const label = `PostgreSQL ${url.host}${given ? ' (DATABASE_URL)' : ' (the tests’ PostgreSQL)'}, throwaway database`;
  return { database: { kind: 'postgres', url: pg.url }, label, drop: () => pg.drop() };
}

/**
 * The raw limit: every laptop's changes inserted, laptops at once, into a table made LIKE the
 * change log (its keys and indexes), one multi-row INSERT per push page. Per laptop milliseconds.
 */
async function rawInserts(
  database: OfficeDatabase,
  dataDir: string,
  made: readonly SyncChange[][],
): Promise<{ times: number[]; wallMs: number }> {
  const sql = await openOfficeSql(database, dataDir);
  try {
    await sql.exec(`CREATE TABLE bench_raw_changes (LIKE changes INCLUDING ALL)`);
    const started = performance.now();
    const times = await Promise.all(
      made.map(async (changes) => {
        const t = performance.now();
        for (const page of pushPages(changes)) {
          const values = page.map(
            (_, i) =>
              `($${i * 7 + 1}, $${i * 7 + 2}, $${i * 7 + 3}, $${i * 7 + 4}, $${i * 7 + 5}, $${i * 7 + 6}::jsonb, $${i * 7 + 7}, 0)`,
          );
          await sql.query(
            `INSERT INTO bench_raw_changes (hlc, device, tbl, gid, op, fields, actor, batch) VALUES ${values.join(', ')}`,
            page.flatMap((c) => [
              c.hlc,
              c.device,
              c.tbl,
              c.gid,
              c.op,
              c.fields === null ? null : JSON.stringify(c.fields),
              c.actor,
            ]),
          );
        }
        return performance.now() - t;
      }),
    );
    return { times, wallMs: performance.now() - started };
  } finally {
    await sql.close();
  }
}

const perSecond = (changes: number, ms: number): string => `${Math.round((changes * 1000) / ms)} changes/s`;

function capped<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the office load passed its ${ms / 60_000}-minute cap and was stopped`)),
      ms,
    );
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export async function benchOffice(
  tmp: string,
  smoke: boolean,
  log: (line: string) => void,
): Promise<BenchRow[]> {
  const dir = join(tmp, 'office-load');
  const month = smoke ? SMOKE_MONTH : MONTH;
  const db = await officeDatabase(dir, log);
  log(`office: the server's database is ${db.label}`);
  const name = `${LAPTOPS} laptops at once, a month each`;
  try {
    let run: OfficeLoadResult;
    try {
      run = await capped(
        runOfficeLoad({ laptops: LAPTOPS, month, dir, database: db.database, requestTimeoutMs: CAP_MS, log }),
        CAP_MS,
      );
    } catch (err) {
      const failed = `${(err as Error).message}`;
      return [{ ...row('office', name, null, null), failed, note: `${failed}; database: ${db.label}` }];
    }
    const raw = await rawInserts(db.database, join(dir, 'server'), run.made);
    const total = run.made.reduce((n, m) => n + m.length, 0);
    const perLaptop = run.made.map((m) => m.length);
    const { verdict } = run;
    const held = verdict.ok
      ? `verified after a second round: ${verdict.logged} changes in the server's log = ${verdict.made} made, each (device, clock, table, row, field) once; all ${LAPTOPS} ledgers hash as the PostgreSQL mirror`
      : `VERIFICATION FAILED: ${verdict.problems.join('; ')}`;
    const failed = verdict.ok ? undefined : verdict.problems.join('; ');
    const second = summarise(run.secondRounds);
    return [
      {
        ...row(
          'office',
          `one laptop's sync round (push + pull to the end), ${name}`,
          summarise(run.firstRounds),
          summarise(raw.times),
        ),
        failed,
        note:
          `${Math.min(...perLaptop)}–${Math.max(...perLaptop)} changes per laptop (${smoke ? '--smoke' : 'full run'}), ` +
          `each laptop its own ledger file, device key and account, the app's round over HTTPS with the pinned certificate; ` +
          `server on ${db.label}, in this process; second round p50 ${Math.round(second.p50)} ms, p95 ${Math.round(second.p95)} ms; ` +
          `raw = that laptop's changes by one multi-row INSERT per push page into a table LIKE the change log, all laptops at once`,
      },
      {
        ...row(
          'office',
          `all ${total} changes accepted, ${name}`,
          summarise([run.wallMs]),
          summarise([raw.wallMs]),
        ),
        target: { text: 'nothing lost or twice, hashes equal', met: verdict.ok },
        failed,
        note: `server throughput ${perSecond(run.accepted, run.wallMs)} accepted (raw ${perSecond(total, raw.wallMs)}); ${held}`,
      },
    ];
  } finally {
    await db.drop();
  }
}
