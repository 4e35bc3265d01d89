import { breathe } from '../domain/shared/breathe';

/**
 * SQLite's wait for the write lock keeps no queue: a save from the window polls for the lock, at
 * first every few milliseconds, then every 100 ms. A job thread that works in short transactions
 * (the catch-up after an import: sort keys, search entries) takes the lock back within
 * microseconds of giving it up, so the save can miss every gap until its 5 s wait runs out and
 * fail with 数据库正被其他程序占用. So the window goes first: its thread raises this flag, shared
 * with every job thread, while a call runs, and a job waits between two transactions until it is
 * down. A call's wait for the lock is then at most one slice.
 */
let flag = new Int32Array(new SharedArrayBuffer(4));

/** The flag's memory, handed to a job thread when it starts. */
export const windowFlagMemory = (): SharedArrayBuffer => flag.buffer as SharedArrayBuffer;

/** In a job thread: the flag of the thread that started it. */
export function useWindowFlag(memory: SharedArrayBuffer): void {
  flag = new Int32Array(memory);
}

/** Runs the synchronous part of a call from the window with the flag raised. */
export function asWindowCall<T>(run: () => T): T {
  Atomics.add(flag, 0, 1);
  try {
    return run();
  } finally {
    Atomics.sub(flag, 0, 1);
  }
}

/**
 * Between two transactions of a job: one turn of the event loop (progress, the cancel button),
 * then, while a call from the window runs, waiting until it is done. Not inside a transaction: a
 * save waiting for the lock the job holds would then wait for nothing.
 */
export async function giveWayToWindow(): Promise<void> {
  await breathe();
  // Looked at every millisecond: a call is over in milliseconds, and the thread stays free to
  // answer the cancel button meanwhile.
  while (Atomics.load(flag, 0) !== 0) await new Promise((resolve) => setTimeout(resolve, 1));
}
