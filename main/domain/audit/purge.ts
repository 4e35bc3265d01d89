import type { Db } from '../../db/open';
import type { Actor } from '../shared/actor';
import { DomainError } from '@contract/shared/errors';
import { parseOrThrow } from '../shared/validate';
import { auditedEntity } from '../registry/auditedTables';
import { recordForgetting, wipeFreedPages } from './forget';
import { purgeInput, type PurgeOutcome } from '@contract/audit/schema';

/**
 * 彻底删除: removes every history entry of a record that has been deleted, so its names, phones
 * and amounts no longer sit in the 操作记录 after the record itself is gone. A record still in
 * the ledger keeps its history (delete it first); the removal cannot be undone.
 */
export function purgeHistory(db: Db, actor: Actor, input: unknown): PurgeOutcome {
  const { entity, id } = parseOrThrow(purgeInput, input);
  const ent = auditedEntity(entity);
  if (!ent) throw new DomainError('VALIDATION', '该类记录没有可删除的操作记录');
  const removed = db
    .transaction(() => {
      // Table name from the registry, never from input.
      const live = db.prepare(`SELECT 1 FROM ${ent.table} WHERE id = ?`).get(id);
      if (live) {
        throw new DomainError(
          'CONFLICT',
          `该${ent.label}仍在台账中，请先删除该${ent.label}，再彻底删除其操作记录`,
        );
      }
      const n = db
        .prepare(`DELETE FROM audit_log WHERE entity = ? AND entity_id = ?`)
        .run(entity, id).changes;
      if (n === 0) throw new DomainError('NOT_FOUND', `没有该${ent.label}的操作记录`);
      recordForgetting(db, actor, `彻底删除一条${ent.label}的操作记录（${n}条）`, id, {
        record: ent.label,
        entries: n,
      });
      return n;
    })
    .immediate();
  wipeFreedPages(db);
  return { removed };
}
