/**
 * The one clock the domain reads. In the app it is the machine's clock; the browser harness
 * and the tests may move it (to just before or after midnight in Asia/Shanghai, say) so that
 * the server side and the renderer, whose clock Playwright moves, agree on what "today" is.
 */
let offsetMs = 0;

export const now = (): Date => new Date(Date.now() + offsetMs);

/** Moves this process's clock so that now() reads `at` (ISO with zone); null restores it. */
export function setClock(at: string | null): void {
  if (at === null) {
    offsetMs = 0;
    return;
  }
  const target = Date.parse(at);
  if (Number.isNaN(target)) throw new Error(`Not a time: ${at}`);
  offsetMs = target - Date.now();
}
