import { breathe } from '../shared/breathe';
import type { ImportPass } from './plan';

export { breathe };

const SLICE_MS = 50;

export interface WalkOptions {
  /** Rows per slice; default: slices of about 50 ms. */
  chunk?: number | undefined;
  /** Before each slice (a cancel check throws here). */
  before?: () => void;
  /** After each slice (progress). */
  after?: () => void;
}

/** Plans every row of a pass in slices, pausing between them so the process keeps answering. */
export async function walk(pass: ImportPass, options: WalkOptions = {}): Promise<void> {
  let more = true;
  while (more) {
    options.before?.();
    if (options.chunk) more = pass.step(options.chunk);
    else {
      const until = performance.now() + SLICE_MS;
      do more = pass.step(100);
      while (more && performance.now() < until);
    }
    options.after?.();
    await breathe();
  }
}
