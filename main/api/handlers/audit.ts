import { listBatches, recentChanges, recordHistory } from '../../domain/audit';
import { purgeHistory } from '../../domain/audit/purge';
import { undoBatch, undoEntry } from '../../domain/undo/undo';
import type { HandlerGroup } from './types';

export const auditHandlers: HandlerGroup<'audit'> = {
  'audit.history': ({ db }, input) => recordHistory(db, input),
  'audit.recent': ({ db }, input) => recentChanges(db, input),
  'audit.batches': ({ db }, input) => listBatches(db, input),
  'audit.undoEntry': ({ db, actor }, { id }) => undoEntry(db, actor, id),
  'audit.undoBatch': ({ db, actor }, { batchId }) => undoBatch(db, actor, batchId),
  'audit.purgeHistory': ({ db, actor }, input) => purgeHistory(db, actor, input),
};
