import { DomainError } from '@contract/shared/errors';

/** The Chinese message a refused file gets; fails the test when nothing is refused. */
export function refusal(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof DomainError) return e.message;
    throw e;
  }
  throw new Error('expected a refusal');
}
