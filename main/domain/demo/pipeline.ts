// The shape of a project's life: which stage it is in, how long each step took, how much it
// plans to invest and how the money arrives. Drawn forward from the lead, then placed so the
// whole timeline ends on or before the reference day.
import type { ProjectStage } from '@contract/projects/pipelineStages';
import { addDays, daysBetween, roundTo, WAN, type Rng } from './random';

// prettier-ignore
export const LINE: readonly ProjectStage[] = ['lead', 'contact', 'visit', 'negotiating', 'signed', 'registered', 'started', 'producing', 'full'];
// prettier-ignore
export const STAGE_WEIGHTS: readonly (readonly [ProjectStage, number])[] = [
  ['lead', 20], ['contact', 18], ['visit', 10], ['negotiating', 14], ['signed', 7],
  ['registered', 5], ['started', 8], ['producing', 7], ['full', 3], ['dropped', 8],
];
/** Days it takes to reach each stage from the one before (contact → signing ≈ 2 months is typical). */
// prettier-ignore
const GAP: Record<ProjectStage, [number, number]> = {
  lead: [0, 0], contact: [3, 45], visit: [7, 60], negotiating: [7, 90], signed: [14, 120],
  registered: [7, 45], started: [20, 120], producing: [90, 300], full: [120, 400], dropped: [15, 180],
};
/** How long a project has sat in its current stage. */
// prettier-ignore
const AGE: Record<ProjectStage, [number, number]> = {
  lead: [0, 120], contact: [0, 120], visit: [0, 90], negotiating: [0, 150], signed: [0, 90],
  registered: [0, 90], started: [0, 300], producing: [0, 400], full: [0, 600], dropped: [0, 500],
};
/** Roughly how much of the contract amount has arrived by each stage. */
export const ARRIVED_SHARE: Partial<Record<ProjectStage, number>> = {
  registered: 0.05,
  started: 0.3,
  producing: 0.7,
  full: 0.92,
};
/** No demo timeline starts more than ~4.5 years back. */
const MAX_SPAN = 1650;

export const isAfterSigning = (s: ProjectStage): boolean => LINE.indexOf(s) >= LINE.indexOf('signed');

export function timeline(
  rng: Rng,
  today: string,
  stage: ProjectStage,
): { stage: ProjectStage; on: string }[] {
  let stages: ProjectStage[];
  if (stage === 'dropped') {
    const reached = rng.weighted<ProjectStage>([
      ['contact', 30],
      ['visit', 25],
      ['negotiating', 40],
      ['signed', 5],
    ]);
    stages = [...LINE.slice(0, LINE.indexOf(reached) + 1), 'dropped'];
  } else {
    stages = LINE.slice(0, LINE.indexOf(stage) + 1);
  }
  const gaps = stages.map((s) => rng.int(...GAP[s]));
  let span = gaps.reduce((a, b) => a + b, 0);
  let age = rng.int(...AGE[stage]);
  if (span + age > MAX_SPAN) {
    age = 0;
    const k = MAX_SPAN / span;
    for (let i = 0; i < gaps.length; i++) gaps[i] = Math.floor((gaps[i] as number) * k);
    span = gaps.reduce((a, b) => a + b, 0);
  }
  let on = addDays(today, -(span + age));
  return stages.map((s, i) => {
    on = addDays(on, gaps[i] as number);
    return { stage: s, on };
  });
}

/** Splits the money that arrived into a few transfers after registration. */
export function arrivals(
  rng: Rng,
  p: { contract: number; from: string; to: string; share: number },
): [string, number][] {
  const total = roundTo(p.contract * p.share, WAN);
  const n = rng.int(1, 5);
  const span = Math.max(0, daysBetween(p.from, p.to));
  const days = Array.from({ length: n }, () => rng.int(0, span)).sort((a, b) => a - b);
  let left = total;
  return days
    .map((d, i) => {
      const amount = i === n - 1 ? left : roundTo((total / n) * (0.6 + rng.next() * 0.8), WAN);
      left -= amount;
      return [addDays(p.from, d), amount] as [string, number];
    })
    .filter(([, a]) => a > 0);
}
