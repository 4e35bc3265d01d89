// Demo data: a whole, plausible development-zone ledger generated from a seed, so a new user
// (or a benchmark) sees every screen filled. It only ever goes into an empty database.
import type { DemoResult, DemoSize } from '@contract/channels/app';
import type { Db } from '../../db/open';
import { SYSTEM, type Actor } from '../shared/actor';
import { rebuildSearchIndex } from '../search/indexer';
import { fillSortKeys } from '../store/sortKeys';
import { DomainError } from '@contract/shared/errors';
import { nowIso, todayLocal } from '@contract/shared/time';
import { StaffCalendar } from './calendar';
import { makeCompanies } from './companies';
import { PLANS, Progress, type Ctx } from './context';
import { InteractionWriter, makeInteractions } from './interactions';
import { makeOrg } from './org';
import { insertProjects, type Owners } from './projects';
import { Rng } from './random';
import { makeReceptions, makeServiceIssues, makeTargets } from './service';
import { makeTrips } from './trips';
import { recordUnrecordedRows } from '../../sync/recordRows';
import { withoutCapture } from '../../sync/syncFunctions';

/** The seed the app's "load demo data" uses: every user sees the same demo zone. */
export const DEMO_SEED = 20260101;
/** 湖北省 襄阳市 谷城县: the zone of the seed reports' trip example; trips start and end here. */
export const DEMO_HOME_ADCODE = 420625;

/** Every table the generator fills (saved_views and settings are left alone). */
// prettier-ignore
export const DEMO_TABLES = [
  'teams', 'staff', 'companies', 'contacts', 'projects', 'project_stage_history', 'investment_arrivals',
  'interactions', 'interaction_staff', 'interaction_contacts', 'trips', 'trip_members', 'trip_stops',
  'stop_visits', 'stop_events', 'receptions', 'targets', 'service_issues', 'audit_batches', 'audit_log',
] as const;

export interface DemoOptions {
  /** The day the data is laid out around (YYYY-MM-DD); default: today. */
  today?: string;
  actor?: Actor;
  onProgress?: (done: number, total: number) => void;
}

export function loadDemoData(
  db: Db,
  actor: Actor,
  size: DemoSize,
  onProgress?: (done: number, total: number) => void,
): DemoResult {
  return generateDemo(db, size, DEMO_SEED, { actor, onProgress });
}

export function generateDemo(
  db: Db,
  size: DemoSize,
  seed = DEMO_SEED,
  options: DemoOptions = {},
): DemoResult {
  const started = performance.now();
  const plan = PLANS[size];
  const today = options.today ?? todayLocal();
  const actor = options.actor ?? SYSTEM;
  // Rows expected, for progress: companies, contacts, projects with ~3.5 history rows and some
  // arrivals, interactions with ~2.5 links each, trips with their stops and visits.
  const expected =
    plan.companies * (1 + plan.contactsPerCompany) +
    plan.projects * 5.2 +
    plan.interactions * 3.6 +
    plan.trips * 26 +
    plan.receptions * 1.6;
  const progress = new Progress(Math.round(expected), options.onProgress);

  // Bulk-load settings, restored afterwards: a page cache of up to 1 GiB (size L writes ~450 MB;
  // once its pages spill from the cache, rebuilding the indexes reads them back and takes
  // twice as long; memory is only taken as pages are used), no per-row foreign-key
  // lookups (the generator only points at rows it made; the tests run foreign_key_check), and
  // a helper thread for the sorter that rebuilds the indexes. These pragmas are per connection
  // and foreign_keys cannot change inside a transaction, hence out here.
  const cacheBefore = db.pragma('cache_size', { simple: true }) as number;
  const foreignKeysBefore = db.pragma('foreign_keys', { simple: true }) as number;
  const threadsBefore = db.pragma('threads', { simple: true }) as number;
  db.pragma('cache_size = -1048576');
  db.pragma('foreign_keys = OFF');
  db.pragma('threads = 2');
  try {
    // Written with change capture off (rows go in children-first, faster without a trigger per
    // row) and recorded for team sync in one pass at the end.
    const counts = withoutCapture(db, () =>
      db
        .transaction(() => {
          const existing = (db.prepare(`SELECT count(*) AS n FROM companies`).get() as { n: number }).n;
          if (existing > 0) {
            throw new DomainError(
              'CONFLICT',
              `数据库中已有 ${existing} 家客商，不能再载入演示数据，以免与真实数据混在一起。请新建一个空数据库后再载入演示数据。`,
            );
          }
          const ctx: Ctx = {
            db,
            rng: new Rng(seed),
            plan,
            today,
            home: DEMO_HOME_ADCODE,
            progress,
            staff: [],
            teams: [],
            companies: [],
            projects: [],
          };
          const indexes = dropIndexes(db);
          makeOrg(ctx);
          makeCompanies(ctx, ownersOf(ctx));
          insertProjects(ctx);
          const writer = new InteractionWriter(ctx);
          // Trip visits and company-only calls add their own records: leave room for them.
          makeInteractions(ctx, writer, plan.interactions - plan.trips * 8 - plan.companies * 0.09);
          const calendar = new StaffCalendar();
          makeTrips(ctx, writer, calendar);
          writer.flush();
          makeReceptions(ctx, calendar);
          makeServiceIssues(ctx);
          for (const sql of indexes) db.exec(sql);
          makeTargets(ctx);
          rebuildSearchIndex(db);
          // The steps write each name's sort key with the row; this fills any left (none, normally).
          fillSortKeys(db);
          recordUnrecordedRows(db, `demo${seed}-`);
          const count = (t: string): number =>
            (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
          const data = Object.fromEntries(
            DEMO_TABLES.filter((t) => !t.startsWith('audit')).map((t) => [t, count(t)]),
          );
          audit(db, actor, size, seed, today, data);
          return { ...data, audit_batches: count('audit_batches'), audit_log: count('audit_log') };
        })
        .immediate(),
    );
    // The large sizes leave a WAL file as big as the database: give the disk space back now.
    db.pragma('wal_checkpoint(TRUNCATE)');
    progress.finish();
    return { size, counts, millis: Math.round(performance.now() - started) };
  } finally {
    db.pragma(`cache_size = ${cacheBefore}`);
    db.pragma(`foreign_keys = ${foreignKeysBefore ? 'ON' : 'OFF'}`);
    db.pragma(`threads = ${threadsBefore}`);
  }
}

/**
 * Drops the plain secondary indexes of the tables about to be filled and returns their SQL:
 * building an index once over sorted data is several times faster than keeping it up row by
 * row. Unique indexes stay, as they enforce rules. Inside the transaction, so all or nothing.
 */
function dropIndexes(db: Db): string[] {
  const list = DEMO_TABLES.map((t) => `'${t}'`).join(', ');
  const rows = db
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
         AND tbl_name IN (${list}) AND sql NOT LIKE 'CREATE UNIQUE%'`,
    )
    .all() as { name: string; sql: string }[];
  for (const r of rows) db.exec(`DROP INDEX "${r.name}"`);
  return rows.map((r) => r.sql);
}

function ownersOf(ctx: Ctx): Owners {
  const byTeam = new Map<number, Ctx['staff']>();
  for (const s of ctx.staff) {
    if (s.teamId === null || s.role !== 'member') continue;
    const members = byTeam.get(s.teamId);
    if (members) members.push(s);
    else byTeam.set(s.teamId, [s]);
  }
  const forceByChain = new Map<string, number>();
  for (const t of ctx.teams) if (t.kind === 'taskforce' && t.chain) forceByChain.set(t.chain, t.id);
  return { byTeam, squads: ctx.teams.filter((t) => t.kind === 'squad').map((t) => t.id), forceByChain };
}

/** One batch and one summary row instead of an audit row per generated record. */
function audit(
  db: Db,
  actor: Actor,
  size: DemoSize,
  seed: number,
  today: string,
  counts: Record<string, number>,
): void {
  const at = nowIso();
  const batch = db
    .prepare(`INSERT INTO audit_batches (kind, label, actor, at) VALUES ('demo', ?, ?, ?)`)
    .run(`载入演示数据（${size}）`, actor.name, at);
  const batchId = Number(batch.lastInsertRowid);
  db.prepare(
    `INSERT INTO audit_log (at, actor, entity, entity_id, action, before, after, batch_id)
     VALUES (?, ?, 'demo', ?, 'create', NULL, ?, ?)`,
  ).run(at, actor.name, batchId, JSON.stringify({ size, seed, today, counts }), batchId);
}
