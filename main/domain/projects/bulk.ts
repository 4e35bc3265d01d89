import type { Db } from '../../db/open';
import type { Actor } from '../shared/actor';
import { DomainError } from '@contract/shared/errors';
import { parseOrThrow } from '../shared/validate';
import { openBatch } from '../store/audit';
import { bulkStage, bulkUpdate, type BulkResult } from '@contract/projects/bulkSchema';
import { updateProject } from './index';
import { changeStage } from './stageChange';
import { projects } from './table';

/** Runs one change per project inside a single batch: all or none, undoable as one. */
function inBatch(
  db: Db,
  actor: Actor,
  label: string,
  ids: number[],
  each: (batch: Actor, id: number) => boolean,
): BulkResult {
  return db
    .transaction(() => {
      const batch = openBatch(db, actor, 'bulk', label);
      let changed = 0;
      for (const id of ids) {
        try {
          if (each(batch, id)) changed++;
        } catch (err) {
          if (err instanceof DomainError) {
            const name = projects.get(db, id)?.name ?? `编号 ${id}`;
            throw new DomainError(err.code, `项目“${name}”：${err.message}（全部未修改）`, err.fields);
          }
          throw err;
        }
      }
      return { batchId: batch.batchId as number, changed, unchanged: ids.length - changed };
    })
    .immediate();
}

export function bulkUpdateProjects(db: Db, actor: Actor, input: unknown): BulkResult {
  const { ids, patch } = parseOrThrow(bulkUpdate, input);
  const unique = [...new Set(ids)];
  return inBatch(db, actor, `批量修改 ${unique.length} 个项目的负责人/小分队`, unique, (batch, id) => {
    updateProject(db, batch, { id, patch });
    return true;
  });
}

export function bulkChangeStage(db: Db, actor: Actor, input: unknown): BulkResult {
  const { ids, ...change } = parseOrThrow(bulkStage, input);
  const unique = [...new Set(ids)];
  return inBatch(db, actor, `批量调整 ${unique.length} 个项目的阶段`, unique, (batch, id) => {
    if (projects.require(db, id).stage === change.stage) return false;
    changeStage(db, batch, { id, ...change });
    return true;
  });
}
