// Team sync costs on the full file. (1) A laptop back from a month on the road: its 5,000
// changes (new companies and contacts, edited projects) merged into the office's L ledger,
// against a raw baseline that writes the same rows with prepared statements in one transaction
// (no clocks, no log, no conflict check) on a copy of the same file. Goal < 10 s. (2) What
// change capture adds to a bulk edit: the same 批量修改 with the triggers recording and without,
// in turns. Goal ≤ 1.3×.
import { copyFileSync } from 'node:fs';
import { closeDatabase, openDatabase, type Db } from '../main/db/open';
import { bulkUpdateProjects } from '../main/domain/projects/bulk';
import { applyChanges } from '../main/sync/applyChanges';
import { adoptDevice, changesUnseenBy, seenVector } from '../main/sync/changeLog';
import type { SyncChange } from '../main/sync/change';
import { withoutCapture } from '../main/sync/syncFunctions';
import { Samples, type Plan } from './measure';
import { row, type BenchRow } from './stats';

const MONTH = { companies: 1_000, contacts: 1_000, projectEdits: 3_000 };

/** A second laptop's month: edits made on a copy of the ledger under another device id. */
function monthOffline(dbPath: string, tmp: string): { changes: SyncChange[]; seen: Record<string, string> } {
  const awayPath = `${tmp}/sync-away.sqlite`;
  copyFileSync(dbPath, awayPath);
  const office = openDatabase(dbPath);
  const officeSeen = seenVector(office);
  closeDatabase(office);
  const away = openDatabase(awayPath);
  adoptDevice(away, 'beef00000000beef');
  const now = new Date().toISOString();
  away.transaction(() => {
    const company = away.prepare(
      `INSERT INTO companies (name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?)`,
    );
    const contact = away.prepare(
      `INSERT INTO contacts (company_id, name, created_at, updated_at) VALUES (?, ?, ?, ?)`,
    );
    for (let i = 0; i < MONTH.companies; i++) {
      const id = Number(company.run(`出差新识企业${i}`, `出差新识企业${i}`, now, now).lastInsertRowid);
      contact.run(id, `对接人${i}`, now, now);
    }
    const ids = away
      .prepare(`SELECT id FROM projects ORDER BY id LIMIT ?`)
      .pluck()
      .all(MONTH.projectEdits) as number[];
    const note = away.prepare(`UPDATE projects SET next_follow_up_note = ?, updated_at = ? WHERE id = ?`);
    for (const id of ids) note.run(`出差回访${id}`, now, id);
  })();
  const out = { changes: changesUnseenBy(away, officeSeen), seen: seenVector(away) };
  closeDatabase(away);
  return out;
}

/** The same rows written straight: inserts and updates by prepared statement, nothing recorded. */
function rawWrite(db: Db, changes: readonly SyncChange[]): void {
  withoutCapture(db, () =>
    db.transaction(() => {
      const company = db.prepare(
        `INSERT INTO companies (gid, name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
      );
      const contact = db.prepare(
        `INSERT INTO contacts (gid, company_id, name, created_at, updated_at)
         VALUES (?, (SELECT id FROM companies WHERE gid = ?), ?, ?, ?)`,
      );
      const project = db.prepare(`UPDATE projects SET next_follow_up_note = ?, updated_at = ? WHERE gid = ?`);
      for (const c of changes) {
        const f = c.fields ?? {};
        if (c.tbl === 'companies') company.run(c.gid, f.name, f.name_key, f.created_at, f.updated_at);
        else if (c.tbl === 'contacts') contact.run(c.gid, f.company_id, f.name, f.created_at, f.updated_at);
        else if (c.tbl === 'projects') project.run(f.next_follow_up_note, f.updated_at, c.gid);
      }
    })(),
  );
}

export async function benchSync(dbPath: string, tmp: string, plan: Plan): Promise<BenchRow[]> {
  const { changes, seen } = monthOffline(dbPath, tmp);
  const target = `${tmp}/sync-office.sqlite`;
  const ours = new Samples();
  const raw = new Samples();
  for (let i = 0; i < plan.warmup + plan.iterations; i++) {
    for (const mine of [true, false]) {
      copyFileSync(dbPath, target);
      const db = openDatabase(target);
      const run = () => (mine ? applyChanges(db, changes, { seen }) : rawWrite(db, changes));
      if (i >= plan.warmup) await (mine ? ours : raw).take(run);
      else run();
      closeDatabase(db);
    }
  }
  const out = [
    row(
      'sync',
      `a month offline: ${changes.length} changes merged into the full file`,
      ours.summary(),
      raw.summary(),
      { p95Ms: 10_000 },
      'raw = the same rows by prepared INSERT/UPDATE in one transaction, nothing recorded',
    ),
  ];

  // Change capture on a bulk edit: 5,000 projects to another team, recorded and not.
  const db = openDatabase(dbPath);
  const ids = db.prepare(`SELECT id FROM projects ORDER BY id LIMIT 5000`).pluck().all() as number[];
  const teams = db.prepare(`SELECT id FROM teams ORDER BY id LIMIT 2`).pluck().all() as number[];
  const recorded = new Samples();
  const unrecorded = new Samples();
  let turn = 0;
  for (let i = 0; i < plan.warmup + plan.iterations; i++) {
    for (const capture of [true, false]) {
      const teamId = teams[turn++ % teams.length]!;
      const edit = () => bulkUpdateProjects(db, { name: '测速' }, { ids, patch: { teamId } });
      const run = () => (capture ? edit() : withoutCapture(db, edit));
      if (i >= plan.warmup) await (capture ? recorded : unrecorded).take(run);
      else run();
    }
  }
  closeDatabase(db);
  out.push(
    row(
      'sync',
      'bulk edit of 5,000 projects: change capture on vs off',
      recorded.summary(),
      unrecorded.summary(),
      {
        maxRatio: 1.3,
      },
    ),
  );
  return out;
}
