import type { Db } from '../../db/open';
import { companies } from '../companies';
import { contacts } from '../contacts';
import { interactions } from '../interactions';
import { staff } from '../people/staff';
import { teams } from '../people/teams';
import type { ProjectStage } from '../projects/stages';
import { projects } from '../projects/table';
import { serviceIssues } from '../serviceIssues';
import type { Actor } from '../shared/actor';
import { nowIso } from '../shared/time';
import { recordBatchRows } from '../store/batchRows';
import { auditedEntity } from '../store/registry';
import type { Values } from './convert';

export type Entity = 'company' | 'contact' | 'project' | 'interaction' | 'serviceIssue' | 'staff' | 'team';

/**
 * Where planned rows go. The dry writer (preview) hands out negative ids and writes nothing;
 * the real one inserts with prepared statements and remembers created ids, which the batch
 * records as ranges instead of one audit row each. Updates of existing rows go through the
 * audited table helpers, so undo has their before/after.
 */
export interface Writer {
  readonly dry: boolean;
  create(entity: Entity, values: Values): number;
  /** Changes a row this import created earlier (a duplicate further down the file). */
  amendCreated(entity: Entity, id: number, values: Values): void;
  /** Changes an existing row, audited. */
  update(entity: Entity, id: number, patch: Values): void;
  stage(
    projectId: number,
    from: ProjectStage | null,
    to: ProjectStage,
    on: string,
    reason: string | null,
  ): void;
  /** Records what was created as ranges on the batch. */
  finish(): void;
}

const TABLES = {
  company: companies,
  contact: contacts,
  project: projects,
  interaction: interactions,
  serviceIssue: serviceIssues,
  staff,
  team: teams,
};

export function dryWriter(): Writer {
  let next = 0;
  return {
    dry: true,
    create: () => --next,
    amendCreated: () => undefined,
    update: () => undefined,
    stage: () => undefined,
    finish: () => undefined,
  };
}

export function realWriter(db: Db, actor: Actor): Writer {
  const created = new Map<Entity, number[]>();
  const inserts = new Map<string, (values: Values) => number>();
  const now = nowIso();
  // The same row recordStage writes, with one prepared statement for the whole import.
  const stageRow = db.prepare(
    `INSERT INTO project_stage_history (project_id, from_stage, to_stage, changed_on, reason, actor, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );

  const inserter = (entity: Entity, fields: string[]): ((values: Values) => number) => {
    const key = `${entity}:${fields.join(',')}`;
    let run = inserts.get(key);
    if (run) return run;
    const ent = auditedEntity(entity);
    if (!ent) throw new Error(`unknown entity ${entity}`);
    const cols = [...fields, 'createdAt', 'updatedAt'];
    const stmt = db.prepare(
      `INSERT INTO ${ent.table} (${cols.map((f) => ent.columns[f]).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
    );
    run = (values) => {
      const params = fields.map((f) => {
        const v = values[f];
        return ent.booleans.has(f) ? (v ? 1 : 0) : v === undefined ? null : v;
      });
      return Number(stmt.run(...params, now, now).lastInsertRowid);
    };
    inserts.set(key, run);
    return run;
  };

  const known = (entity: Entity, values: Values): string[] => {
    const ent = auditedEntity(entity);
    return Object.keys(values).filter(
      (f) => f !== 'id' && ent?.columns[f] && f !== 'createdAt' && f !== 'updatedAt',
    );
  };

  return {
    dry: false,
    create(entity, values) {
      const id = inserter(entity, known(entity, values))(values);
      const ids = created.get(entity);
      if (ids) ids.push(id);
      else created.set(entity, [id]);
      return id;
    },
    amendCreated(entity, id, values) {
      const ent = auditedEntity(entity);
      const fields = known(entity, values);
      if (!ent || fields.length === 0) return;
      // Part of the same creation: no audit entry and no new updated_at, so undo still sees an untouched row.
      db.prepare(
        `UPDATE ${ent.table} SET ${fields.map((f) => `${ent.columns[f]} = ?`).join(', ')} WHERE id = ?`,
      ).run(...fields.map((f) => (ent.booleans.has(f) ? (values[f] ? 1 : 0) : (values[f] ?? null))), id);
    },
    update(entity, id, patch) {
      (TABLES[entity] as unknown as { update(db: Db, a: Actor, id: number, p: Values): unknown }).update(
        db,
        actor,
        id,
        patch,
      );
    },
    stage(projectId, from, to, on, reason) {
      stageRow.run(projectId, from, to, on, reason, actor.name, now);
    },
    finish() {
      for (const [entity, ids] of created)
        recordBatchRows(db, actor.batchId as number, entity, 'create', ids);
    },
  };
}
