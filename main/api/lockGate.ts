import { zodToDomainError } from '../domain/shared/validate';
import type { ApiResult } from '@contract/bridge';
import { channels } from '@contract/channels';
import { toApiError } from './failures';

/** How a transport (IPC in the app, HTTP in the harness) gets its answer for one call. */
export type Answer = (channel: unknown, input: unknown) => Promise<ApiResult<unknown>>;

const LOCKED: ApiResult<never> = {
  ok: false,
  error: { code: 'DB_PASSPHRASE_NEEDED', message: '数据库已加密，请先输入数据库密码' },
};

/**
 * The window's only answers while an encrypted file waits for its passphrase: whether it is
 * locked, and the attempt to unlock it. `open` unseals the key and opens the file (or throws,
 * e.g. a wrong passphrase, leaving everything as it was); every other channel is refused, so
 * nothing reads or writes a database that is not open.
 */
export function lockedAnswer(open: (passphrase: string) => void | Promise<void>): Answer {
  return async (channel, input) => {
    if (channel === 'encryption.locked') return { ok: true, value: { locked: true } };
    if (channel !== 'encryption.unlock') return LOCKED;
    const parsed = channels['encryption.unlock'].input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: zodToDomainError(parsed.error).toJSON() };
    try {
      await open(parsed.data.passphrase);
      return { ok: true, value: { locked: false } };
    } catch (err) {
      return { ok: false, error: toApiError(err) };
    }
  };
}
