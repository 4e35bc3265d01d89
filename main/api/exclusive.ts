import { DomainError } from '@contract/shared/errors';
import type { ChannelName } from '@contract/channels';

/**
 * Long write work (an import, a backup, a restore) runs in a job thread on a connection of its
 * own, an import or a restore holding the database's write lock for its whole length. A save from
 * the window meanwhile would wait on that lock and then fail after seconds; instead it is refused
 * at once, saying why and how far the work has come. Reads keep answering.
 */
interface Running {
  phase: string;
  percent: number | null;
  cancellable: boolean;
  /** Work that writes page by page in short transactions (a sync round): saves go ahead meanwhile. */
  writesPass: boolean;
}

let running: Running | null = null;

/** Channels that act on the running work itself and must pass while it runs. */
const PASS_DURING_WORK = new Set<ChannelName>(['import.cancel']);

/**
 * Channels that start long work of their own: they reach `exclusively`, which says that other
 * work runs (CONFLICT) rather than that a save was refused.
 */
const STARTS_WORK = new Set<ChannelName>([
  'import.run',
  'backups.create',
  'backups.saveCopy',
  'backups.restore',
  'backups.restoreFile',
  'sync.import',
  'syncServer.syncNow',
]);

const progressOf = (work: Running): string =>
  work.percent === null ? work.phase : `${work.phase}，已完成 ${work.percent}%`;

export async function exclusively<T>(
  what: string,
  work: (report: (phase: string, percent: number | null) => void) => Promise<T>,
  { cancellable = false, writesPass = false }: { cancellable?: boolean; writesPass?: boolean } = {},
): Promise<T> {
  if (running) {
    const wait = running.cancellable ? '请等它完成或取消' : '请等它完成后再试';
    throw new DomainError('CONFLICT', `${progressOf(running)}，${wait}`);
  }
  const mine: Running = { phase: `正在${what}`, percent: null, cancellable, writesPass };
  running = mine;
  try {
    return await work((phase, percent) => {
      mine.phase = phase;
      mine.percent = percent;
    });
  } finally {
    running = null;
  }
}

/** The refusal for a write while long work runs, or null when the write may go ahead. */
export function refusedWhileWorking(channel: ChannelName, write: boolean): DomainError | null {
  if (!running || running.writesPass || !write || PASS_DURING_WORK.has(channel) || STARTS_WORK.has(channel))
    return null;
  return new DomainError('BUSY', `${progressOf(running)}。完成后再保存，本次修改未保存。`);
}

/** What long work runs now, in words (with how far it is), or null when none does. */
export const workInProgress = (): string | null => (running ? progressOf(running) : null);
