// Pure: the growth table (one row per path, one column per dataset size, then the ratio between
// successive sizes beside the ratio of their rows) and the verdict on how each path grows.
import type { Summary } from './stats';
import { displayWidth, formatMs, pad } from './table';

export interface GrowthSize {
  label: string;
  /** Projects in the file: what "the size" means for the ratios. */
  projects: number;
}

export interface GrowthPath {
  name: string;
  /** One summary per size, in the order of the sizes; null where it was not measured. */
  bySize: (Summary | null)[];
}

/**
 * Below this ratio of rows two sizes are too close to tell linear from worse through the noise
 * of a shared machine (S and M differ by a quarter).
 */
export const JUDGED_FROM_ROW_RATIO = 2;
/**
 * A path is flagged as worse than linear when its time grows by more than this many times the
 * growth of the rows: room for the noise of a shared machine and for an index walk's log factor
 * (from 100,000 to 1,000,000 rows, log n adds a fifth), no more.
 */
export const WORSE_THAN_LINEAR = 1.25;

export type Step = { time: number | null; rows: number; worse: boolean | null };

/** Time ratio (p50), row ratio and verdict from one size to the next; worse is null when not judged. */
export function growthSteps(sizes: readonly GrowthSize[], path: GrowthPath): Step[] {
  const steps: Step[] = [];
  for (let i = 1; i < sizes.length; i++) {
    const rows = sizes[i]!.projects / sizes[i - 1]!.projects;
    const a = path.bySize[i - 1];
    const b = path.bySize[i];
    const time = a && b && a.p50 > 0 ? b.p50 / a.p50 : null;
    const judged = time !== null && rows >= JUDGED_FROM_ROW_RATIO;
    steps.push({
      time,
      rows,
      worse: judged ? time > rows * WORSE_THAN_LINEAR : null,
    });
  }
  return steps;
}

const times = (r: number): string => `${r >= 10 ? r.toFixed(0) : r.toFixed(2)}×`;
const cell = (s: Summary | null): string =>
  s
    ? `${formatMs(s.p50)} (p95 ${formatMs(s.p95)}${s.cpuP50 === undefined ? '' : `, CPU ${formatMs(s.cpuP50)}`})`
    : '—';

/** The table (Markdown-compatible) and the paths flagged as growing worse than linear. */
export function formatGrowth(
  sizes: readonly GrowthSize[],
  paths: readonly GrowthPath[],
): { table: string; worse: string[] } {
  const stepNames = sizes.slice(1).map((s, i) => `${s.label}/${sizes[i]!.label}`);
  const header = ['path', ...sizes.map((s) => s.label), ...stepNames, 'growth'];
  const worse: string[] = [];
  const body = paths.map((p) => {
    const steps = growthSteps(sizes, p);
    const flagged = steps.some((s) => s.worse === true);
    if (flagged) worse.push(p.name);
    const verdict = flagged
      ? 'WORSE THAN LINEAR'
      : steps.some((s) => s.worse === false)
        ? 'linear or better'
        : 'not judged';
    return [
      p.name,
      ...p.bySize.map(cell),
      ...steps.map((s) => (s.time === null ? '—' : `${times(s.time)}${s.worse ? ' !' : ''}`)),
      verdict,
    ];
  });
  const rowsLine = [
    'rows (projects)',
    ...sizes.map((s) => s.projects.toLocaleString('en-US')),
    ...growthSteps(sizes, { name: '', bySize: [] }).map((s) => times(s.rows)),
    '',
  ];
  const cells = [header, rowsLine, ...body];
  const widths = header.map((_, i) => Math.max(...cells.map((c) => displayWidth(c[i] ?? ''))));
  const line = (c: string[]): string => `| ${c.map((v, i) => pad(v, widths[i]!, i > 0)).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return { table: [line(header), rule, ...cells.slice(1).map(line)].join('\n'), worse };
}
