// Pure: the results as a fixed-width text table (Markdown-compatible, so the README can quote it).
import type { BenchRow, Summary } from './stats';

/** Milliseconds as read at a glance: 0.42 ms, 12.3 ms, 4.81 s. */
export function formatMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

const pair = (s: Summary | null): [string, string] => (s ? [formatMs(s.p50), formatMs(s.p95)] : ['—', '—']);

/** Display width: CJK characters take two columns in a terminal. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return w;
}

export const pad = (s: string, width: number, right: boolean): string => {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
};

export const HEADERS = [
  'measurement',
  'ours p50',
  'ours p95',
  'ours CPU',
  'raw p50',
  'raw p95',
  'ours/raw',
  'target',
  'met',
];

export function tableCells(r: BenchRow): string[] {
  const [op50, op95] = pair(r.ours);
  const [rp50, rp95] = pair(r.raw);
  const verdict = r.failed ? 'FAILED' : r.target ? (r.target.met ? 'met' : 'MISSED') : '';
  return [
    `${r.group}: ${r.name}`,
    op50,
    op95,
    r.ours?.cpuP50 === undefined ? '—' : formatMs(r.ours.cpuP50),
    rp50,
    rp95,
    r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`,
    r.target?.text ?? '',
    verdict,
  ];
}

export function formatTable(rows: readonly BenchRow[]): string {
  const cells = [HEADERS, ...rows.map(tableCells)];
  const widths = HEADERS.map((_, i) => Math.max(...cells.map((c) => displayWidth(c[i]!))));
  const line = (c: string[]): string =>
    `| ${c.map((v, i) => pad(v, widths[i]!, i > 0 && i < 7)).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i > 0 && i < 7 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(HEADERS), rule, ...cells.slice(1).map(line)].join('\n');
}
