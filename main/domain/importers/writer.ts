import type { Statement } from '../../db/driver';
import type { Db } from '../../db/open';
import { companies } from '../companies';
import { contacts } from '../contacts';
import { interactions } from '../interactions';
import { staff } from '../people/staff';
import { teams } from '../people/teams';
import type { ProjectStage } from '@contract/projects/pipelineStages';
import { projects } from '../projects/table';
import { serviceIssues } from '../serviceIssues';
import type { Actor } from '../shared/actor';
import { nowIso } from '@contract/shared/time';
import { recordBatchRows, toRanges } from '../store/batchRows';
import { auditedEntity } from '../registry/auditedTables';
import { withoutCapture } from '../../sync/syncFunctions';
import type { BulkCapture } from '../../sync/bulkCapture';
import { BULK_DECIDE_AT, setAside, worthSettingAside, type QuietGuard, type Step } from './bulkLoad';
import { figuresTracked } from '../../db/figureVersions';
import type { Values } from './convert';

export type Entity = 'company' | 'contact' | 'project' | 'interaction' | 'serviceIssue' | 'staff' | 'team';

/**
 * Where planned rows go. The dry writer (preview) hands out negative ids and writes nothing;
 * the real one inserts with prepared statements and remembers created ids, which the batch
 * records as ranges instead of one audit row each. Updates of existing rows go through the
 * audited table helpers, so undo has their before/after. A large import sets aside the indexes
 * of the tables it fills most (see bulkLoad.ts) and rebuilds them in `finish`.
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
  /** Records what was created as ranges on the batch; returns what is left to do before the commit. */
  finish(): Step[];
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
    finish: () => [],
  };
}

/** The trigger guards that answer no for every row this writer makes (see QuietGuard). */
function quietGuards(db: Db, capture: BulkCapture | undefined): QuietGuard[] {
  const quiet: QuietGuard[] = [];
  // With bulk capture every insert of the writer is made `quietly`, and recorded in `finish`.
  if (capture) quiet.push('sync_capture()');
  if (!figuresTracked(db)) quiet.push('figures_tracked()');
  return quiet;
}

/**
 * `expectedRows`: the data rows of the sheet, an upper bound of what one table can receive.
 * `capture`: the rows this import makes are recorded for team sync together at the end (see
 * bulkCapture.ts); without it the triggers record them one by one, as any other write.
 */
export function realWriter(db: Db, actor: Actor, expectedRows = 0, capture?: BulkCapture): Writer {
  const created = new Map<Entity, number[]>();
  const stagesMade: number[] = [];
  // With bulk capture, what the writer makes is not recorded by the triggers: `finish` records it.
  const quietly = <T>(write: () => T): T => (capture ? withoutCapture(db, write) : write());
  const restores = new Map<Entity, (created: readonly [number, number][]) => Step[]>();
  const now = nowIso();
  // The same row recordStage writes, with one prepared statement for the whole import.
  const stageRow = db.prepare(
    `INSERT INTO project_stage_history (project_id, from_stage, to_stage, changed_on, reason, actor, created_at, gid)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  const known = (entity: Entity, values: Values): string[] => {
    const ent = auditedEntity(entity);
    return Object.keys(values).filter(
      (f) => f !== 'id' && ent?.columns[f] && f !== 'createdAt' && f !== 'updatedAt',
    );
  };

  // One prepared INSERT per entity and set of keys the planners fill (a ledger has a few).
  const inserts = new Map<string, { fields: string[]; booleans: boolean[]; stmt: Statement }>();
  const insertFor = (entity: Entity, values: Values) => {
    const keys = Object.keys(values);
    const key = `${entity}|${keys.join(',')}`;
    let insert = inserts.get(key);
    if (insert) return insert;
    const ent = auditedEntity(entity);
    if (!ent) throw new Error(`unknown entity ${entity}`);
    const fields = known(entity, values);
    const cols = [...fields, 'createdAt', 'updatedAt'].map((f) => ent.columns[f]);
    if (capture) cols.push('gid');
    const stmt = db.prepare(
      `INSERT INTO ${ent.table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
    );
    insert = { fields, booleans: fields.map((f) => ent.booleans.has(f)), stmt };
    inserts.set(key, insert);
    return insert;
  };

  return {
    dry: false,
    create(entity, values) {
      const { fields, booleans, stmt } = insertFor(entity, values);
      const table = auditedEntity(entity)!.table;
      const params: unknown[] = new Array(fields.length + (capture ? 3 : 2));
      for (let i = 0; i < fields.length; i++) {
        const v = values[fields[i] as string];
        params[i] = booleans[i] ? (v ? 1 : 0) : v === undefined ? null : v;
      }
      params[fields.length] = now;
      params[fields.length + 1] = now;
      if (capture) params[fields.length + 2] = capture.gid(table);
      const id = quietly(() => Number(stmt.run(params).lastInsertRowid));
      if (capture && params[fields.length + 2] === null) quietly(() => capture.settle(table, id));
      let ids = created.get(entity);
      if (!ids) created.set(entity, (ids = []));
      ids.push(id);
      // Decided once a table has received enough rows to tell it is the one being filled.
      if (ids.length === BULK_DECIDE_AT && worthSettingAside(db, table, expectedRows)) {
        restores.set(entity, setAside(db, table, quietGuards(db, capture)));
      }
      return id;
    },
    amendCreated(entity, id, values) {
      const ent = auditedEntity(entity);
      const fields = known(entity, values);
      if (!ent || fields.length === 0) return;
      // Part of the same creation: no audit entry and no new updated_at, so undo still sees an untouched row.
      const update = db.prepare(
        `UPDATE ${ent.table} SET ${fields.map((f) => `${ent.columns[f]} = ?`).join(', ')} WHERE id = ?`,
      );
      const params = fields.map((f) => (ent.booleans.has(f) ? (values[f] ? 1 : 0) : (values[f] ?? null)));
      quietly(() => update.run(...params, id));
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
      const gid = capture?.gid('project_stage_history');
      const row = quietly(() => stageRow.run(projectId, from, to, on, reason, actor.name, now, gid ?? null));
      stagesMade.push(Number(row.lastInsertRowid));
    },
    finish() {
      if (capture) {
        const made = new Map([...created].map(([e, ids]) => [auditedEntity(e)!.table, toRanges(ids)]));
        made.set('project_stage_history', toRanges(stagesMade));
        capture.record(made);
      }
      const steps: Step[] = [];
      for (const [entity, ids] of created) {
        recordBatchRows(db, actor.batchId as number, entity, 'create', ids);
        steps.push(...(restores.get(entity)?.(toRanges(ids)) ?? []));
      }
      return steps;
    },
  };
}
