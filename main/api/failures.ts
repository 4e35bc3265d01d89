import { DatabaseOpenError } from '../db/open';
import { DomainError, type ApiError } from '@contract/shared/errors';

const UNCHANGED = '本次操作未保存任何更改';

/**
 * Failures that are not the person's input but still have a cause they can act on, each with its
 * own code. Every write runs in one transaction, so when one of these is thrown nothing was kept.
 */
function knownFailure(err: unknown): ApiError | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string') {
    if (code.startsWith('SQLITE_FULL'))
      return { code: 'DISK_FULL', message: `磁盘空间不足，${UNCHANGED}。请清理磁盘空间后重试。` };
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
      return {
        code: 'DB_BUSY',
        message: `数据库正被其他程序占用，${UNCHANGED}。请关闭其他招商通窗口或备份软件后重试。`,
      };
  }
  if (err instanceof RangeError && /Invalid string length|Array buffer allocation failed/i.test(err.message))
    return { code: 'TOO_LARGE', message: `内容过大，超出程序能处理的范围，${UNCHANGED}。` };
  return null;
}

export function toApiError(err: unknown): ApiError {
  if (err instanceof DomainError) return err.toJSON();
  if (err instanceof DatabaseOpenError)
    return { code: err.code === 'DB_NEWER' ? 'DB_NEWER' : 'DB_CORRUPT', message: err.message };
  const known = knownFailure(err);
  if (known) return known;
  console.error('[leadatlas] unexpected error', err);
  return { code: 'INTERNAL', message: '程序内部错误，操作未完成，数据未作更改。' };
}
