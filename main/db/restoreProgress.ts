import { RESTORE_PHASES, type RestorePhase, type RestoreProgress } from '@contract/backups/schema';

const ORDER = Object.keys(RESTORE_PHASES) as RestorePhase[];
const startOf = (phase: RestorePhase): number => {
  const before = ORDER[ORDER.indexOf(phase) - 1];
  return before ? RESTORE_PHASES[before].upTo : 0;
};

/** Reports a step `fraction` (0–1) of the way through; whole percents, each told once, never back. */
export type PhaseReporter = (phase: RestorePhase, fraction?: number) => void;

export function phaseReporter(onProgress: RestoreProgress | undefined): PhaseReporter {
  let last = -1;
  let lastPhase: RestorePhase | null = null;
  return (phase, fraction = 0) => {
    if (!onProgress) return;
    const start = startOf(phase);
    const share = Math.min(1, Math.max(0, fraction));
    const percent = Math.max(last, Math.floor(start + (RESTORE_PHASES[phase].upTo - start) * share));
    if (percent === last && phase === lastPhase) return;
    last = percent;
    lastPhase = phase;
    onProgress(phase, percent);
  };
}
