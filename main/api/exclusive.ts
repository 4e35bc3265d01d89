import { DomainError } from '../domain/shared/errors';
import type { ChannelName } from './channels';

/**
 * Long write work (an import) holds the database's write lock for its whole length on a
 * connection of its own. A save from the window meanwhile would wait on that lock and then fail
 * after seconds; instead it is refused at once, saying why and how far the work has come.
 */
interface Running {
  what: string;
  phase: string;
  percent: number | null;
}

let running: Running | null = null;

/** Channels that act on the running work itself and must pass while it runs. */
const PASS_DURING_WORK = new Set<ChannelName>(['import.cancel']);

export async function exclusively<T>(
  what: string,
  work: (report: (phase: string, percent: number | null) => void) => Promise<T>,
): Promise<T> {
  if (running) throw new DomainError('CONFLICT', `正在${running.what}，请等它完成或取消`);
  const mine: Running = { what, phase: what, percent: null };
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
  if (!running || !write || PASS_DURING_WORK.has(channel)) return null;
  const progress = running.percent === null ? running.phase : `${running.phase}，已完成 ${running.percent}%`;
  return new DomainError('BUSY', `${progress}。完成后再保存，本次修改未保存。`);
}
