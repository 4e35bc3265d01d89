import { DomainError } from '@contract/shared/errors';
import { hasStored, storeDirFor } from './fileStore';

/**
 * Undo puts a deleted attachment row back; its file must still be there. Past the undo window
 * the cleanup has removed it, and a row without its file would only fail when opened.
 */
export function assertAttachmentRestorable(databasePath: string, before: Record<string, unknown>): void {
  const hash = before.hash;
  if (typeof hash !== 'string' || !hasStored(storeDirFor(databasePath), hash)) {
    throw new DomainError(
      'CONFLICT',
      `不能撤销：附件“${String(before.fileName ?? '')}”的文件已超过保留期限被清理，无法恢复`,
    );
  }
}
