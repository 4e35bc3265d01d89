// A laptop's month on the road, as the changes it brings back: what the sync bench merges into
// the office's ledger, and the raw baseline that writes the same rows with nothing recorded.
import { copyFileSync } from 'node:fs';
import { closeDatabase, openDatabase, type Db } from '../main/db/open';
import { adoptDevice, changesUnseenBy, seenVector } from '../main/sync/changeLog';
import type { SyncChange } from '../main/sync/change';
import { carriedColumns, parentOf, syncedSpec } from '../main/sync/syncedTables';
import { withoutCapture } from '../main/sync/syncFunctions';

/** About 5,000 changes: new companies with a contact and a project, edits, stage moves, a few deletes. */
const MONTH: MonthSize = { companies: 600, projects: 400, edits: 1_500, stageMoves: 500, deletes: 100 };
const STAGES = ['contact', 'visit', 'negotiating', 'signed'];

/** What a month brings: how many of each kind of edit (edits and stage moves touch existing projects). */
export interface MonthSize {
  companies: number;
  projects: number;
  edits: number;
  stageMoves: number;
  deletes: number;
}

export interface Month {
  changes: SyncChange[];
  seen: Record<string, string>;
}

/** A second laptop's month: written on a copy of the ledger under another device id, captured as the app captures. */
export function monthOffline(dbPath: string, tmp: string): Month {
  const awayPath = `${tmp}/sync-away.sqlite`;
  copyFileSync(dbPath, awayPath);
  const office = openDatabase(dbPath);
  const officeSeen = seenVector(office);
  closeDatabase(office);
  const away = openDatabase(awayPath);
  adoptDevice(away, 'beef00000000beef');
  writeMonth(away, MONTH);
  const out = { changes: changesUnseenBy(away, officeSeen), seen: seenVector(away) };
  closeDatabase(away);
  return out;
}

/**
 * A month of work written into `db` in one transaction with the capture triggers on: `size.companies`
 * new companies each with a contact, projects for them, edits and stage moves of the ledger's first
 * projects, a few contacts deleted. `tag` keeps names (and name keys) apart between laptops.
 */
export function writeMonth(db: Db, size: MonthSize, tag = ''): void {
  const now = new Date().toISOString();
  const today = now.slice(0, 10);
  db.transaction(() => {
    const company = db.prepare(
      `INSERT INTO companies (name, name_key, industry, created_at, updated_at) VALUES (?, ?, '新能源', ?, ?)`,
    );
    const contact = db.prepare(
      `INSERT INTO contacts (company_id, name, mobile, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
    );
    const project = db.prepare(
      `INSERT INTO projects (name, company_id, stage, stage_since, planned_amount, created_at, updated_at)
       VALUES (?, ?, 'lead', ?, ?, ?, ?)`,
    );
    const newCompanies: number[] = [];
    for (let i = 0; i < size.companies; i++) {
      const id = Number(
        company.run(`出差新识企业${tag}${i}有限公司`, `出差新识企业${tag}${i}`, now, now).lastInsertRowid,
      );
      newCompanies.push(id);
      contact.run(id, `对接人${tag}${i}`, `139${String(i).padStart(8, '0')}`, now, now);
    }
    for (let i = 0; i < size.projects; i++)
      project.run(
        `出差新谈项目${tag}${i}`,
        newCompanies[i % newCompanies.length],
        today,
        (i + 1) * 10_000_000,
        now,
        now,
      );
    const ids = db
      .prepare(`SELECT id FROM projects ORDER BY id LIMIT ?`)
      .pluck()
      .all(size.edits + size.stageMoves) as number[];
    const note = db.prepare(
      `UPDATE projects SET next_follow_up_note = ?, planned_amount = planned_amount + 1, updated_at = ? WHERE id = ?`,
    );
    for (const id of ids.slice(0, size.edits)) note.run(`出差回访${id}`, now, id);
    const move = db.prepare(`UPDATE projects SET stage = ?, stage_since = ?, updated_at = ? WHERE id = ?`);
    const history = db.prepare(
      `INSERT INTO project_stage_history (project_id, from_stage, to_stage, changed_on, actor, created_at)
       SELECT id, stage, ?, ?, '二分队', ? FROM projects WHERE id = ?`,
    );
    for (const [i, id] of ids.slice(size.edits).entries()) {
      const to = STAGES[i % STAGES.length]!;
      history.run(to, today, now, id);
      move.run(to, today, now, id);
    }
    const gone = db
      .prepare(
        `SELECT id FROM contacts WHERE id NOT IN (SELECT contact_id FROM interaction_contacts) ORDER BY id LIMIT ?`,
      )
      .pluck()
      .all(size.deletes) as number[];
    const remove = db.prepare(`DELETE FROM contacts WHERE id = ?`);
    for (const id of gone) remove.run(id);
  })();
}

/**
 * The same rows written straight, one prepared statement per table and shape, in one transaction
 * with nothing recorded: an insert for a new row, an update of the fields for a known one, a
 * delete; references looked up by gid as any writer of these rows must.
 */
export function rawWrite(db: Db, changes: readonly SyncChange[]): void {
  type Statement = { run: (...args: unknown[]) => unknown; get: (...args: unknown[]) => unknown };
  const statements = new Map<string, Statement>();
  const prepared = (sql: string): Statement => {
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = db.prepare(sql) as unknown as Statement));
    return s;
  };
  withoutCapture(db, () =>
    db.transaction(() => {
      for (const c of changes) {
        const spec = syncedSpec(c.tbl);
        if (!spec || spec.join) continue;
        if (c.op === 'del') {
          prepared(`DELETE FROM ${c.tbl} WHERE gid = ?`).run(c.gid);
          continue;
        }
        const fields = c.fields ?? {};
        const columns = carriedColumns(c.tbl).filter((col) => col in fields);
        const value = (col: string) => {
          const parent = parentOf(c.tbl, col, fields);
          return parent ? `(SELECT id FROM ${parent} WHERE gid = ?)` : '?';
        };
        const args: unknown[] = columns.map((col) => fields[col]);
        const exists = prepared(`SELECT 1 FROM ${c.tbl} WHERE gid = ?`).get(c.gid);
        if (exists)
          prepared(
            `UPDATE ${c.tbl} SET ${columns.map((col) => `${col} = ${value(col)}`).join(', ')} WHERE gid = ?`,
          ).run(...args, c.gid);
        else
          prepared(
            `INSERT INTO ${c.tbl} (gid, ${columns.join(', ')}) VALUES (?, ${columns.map(value).join(', ')})`,
          ).run(c.gid, ...args);
      }
    })(),
  );
}
