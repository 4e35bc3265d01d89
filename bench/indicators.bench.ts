/**
 * The dashboard's aggregates (main/domain/indicators) on a filled database: each must stay
 * under 50 ms on the L demo (100,000 projects, 500,000 interactions). `benchIndicators(db)` is
 * what the benchmark calls; run this file directly to build the L demo in a temporary file and
 * print the figures:
 *
 *   npx jiti bench/indicators.bench.ts [existing-L.sqlite]
 *
 * Reported per call: the median wall time and the median CPU time of the process. On a busy
 * machine the wall time includes waiting for a core; the CPU time is what the query costs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase, openDatabase, type Db } from '../main/db/open';
import { generateDemo } from '../main/domain/demo';
import { breakdown, cycleTimes, funnel, kpis, ranking, trend, workload } from '../main/domain/indicators';
import { todayLocal } from '@contract/shared/time';

export interface AggregateTiming {
  name: string;
  wallMs: number;
  cpuMs: number;
}

const RUNS = 7;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const round = (n: number): number => Math.round(n * 10) / 10;

export function benchIndicators(db: Db): AggregateTiming[] {
  const y = Number(todayLocal().slice(0, 4));
  const year = { from: `${y}-01-01`, to: `${y}-12-31` };
  const lastYear = { from: `${y - 1}-01-01`, to: `${y - 1}-12-31` };
  const team = db.prepare(`SELECT id FROM teams WHERE kind = 'squad' ORDER BY id LIMIT 1`).pluck().get() as
    number | undefined;
  const cases: [string, () => unknown][] = [
    ['kpis (13 indicators)', () => kpis(db, year)],
    ['kpis, last year', () => kpis(db, lastYear)],
    ['kpis, one team', () => kpis(db, { ...year, teamId: team ?? null })],
    ['funnel', () => funnel(db, year)],
    ['trend', () => trend(db, year)],
    ['breakdown by industry', () => breakdown(db, { ...year, dimension: 'industry' })],
    ['breakdown by province', () => breakdown(db, { ...year, dimension: 'province' })],
    ['ranking on 合同投资额', () => ranking(db, { ...year, indicator: 'contractAmount' })],
    ['ranking on 走访企业数', () => ranking(db, { ...year, indicator: 'companiesVisited' })],
    ['workload', () => workload(db, year)],
    ['cycle times', () => cycleTimes(db, year)],
  ];
  return cases.map(([name, run]) => {
    run(); // the first call prepares the statements and warms the page cache
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      const c = process.cpuUsage();
      run();
      const d = process.cpuUsage(c);
      wall.push(performance.now() - t);
      cpu.push((d.user + d.system) / 1000);
    }
    return { name, wallMs: round(median(wall)), cpuMs: round(median(cpu)) };
  });
}

if (process.argv[1]?.endsWith('indicators.bench.ts')) {
  const given = process.argv[2];
  const dir = given ? null : mkdtempSync(join(tmpdir(), 'leadatlas-bench-'));
  const db = openDatabase(given ?? join(dir as string, 'L.sqlite'));
  try {
    if (!given) {
      const demo = generateDemo(db, 'L');
      console.log(`L demo built in ${demo.millis} ms`);
    }
    for (const r of benchIndicators(db)) {
      console.log(
        `${r.name.padEnd(24)} ${String(r.wallMs).padStart(7)} ms wall ${String(r.cpuMs).padStart(7)} ms cpu`,
      );
    }
  } finally {
    closeDatabase(db);
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
