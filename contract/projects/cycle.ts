// Pure: the project drawer shows these figures and reports may total them; no db, no clock.
import type { ProjectStage } from './pipelineStages';

/** The milestone dates the speed figures are read from (ISO YYYY-MM-DD or null). */
export interface CycleDates {
  stage: ProjectStage;
  stageSince: string;
  firstContactOn: string | null;
  signedOn: string | null;
  startedOn: string | null;
  producedOn: string | null;
}

/**
 * 当年签约、当年投产, the boast of the seed reports:
 * - yes: signed and producing in the same calendar year;
 * - no: production came in a later year, or a signing year went by without production;
 * - pending: signed this year, not producing yet, so it can still happen;
 * - notSigned: the question does not arise yet.
 */
export type SameYearVerdict = 'yes' | 'no' | 'pending' | 'notSigned';

export interface CycleFigures {
  daysInStage: number;
  /** 接洽→签约 in days; null while either date is missing. Negative means the dates are swapped. */
  contactToSigning: number | null;
  /** 签约→开工 */
  signingToStart: number | null;
  /** 签约→投产 */
  signingToProduction: number | null;
  sameYear: SameYearVerdict;
}

const DAY_MS = 86_400_000;

/** Whole calendar days from `from` to `to`, counted on UTC midnights so DST never shifts them. */
export function daysBetween(from: string, to: string): number {
  const utc = (iso: string): number => {
    const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

const span = (from: string | null, to: string | null): number | null =>
  from && to ? daysBetween(from, to) : null;

function sameYear(p: CycleDates, today: string): SameYearVerdict {
  if (!p.signedOn) return 'notSigned';
  const signedYear = p.signedOn.slice(0, 4);
  if (p.producedOn) return p.producedOn.slice(0, 4) === signedYear ? 'yes' : 'no';
  // A dropped project will not produce this year either.
  return signedYear === today.slice(0, 4) && p.stage !== 'dropped' ? 'pending' : 'no';
}

/** `today` is the office's local date (todayLocal() on the main side, the renderer's own clock there). */
export function cycleFigures(p: CycleDates, today: string): CycleFigures {
  return {
    daysInStage: Math.max(0, daysBetween(p.stageSince, today)),
    contactToSigning: span(p.firstContactOn, p.signedOn),
    signingToStart: span(p.signedOn, p.startedOn),
    signingToProduction: span(p.signedOn, p.producedOn),
    sameYear: sameYear(p, today),
  };
}
