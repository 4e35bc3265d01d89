// The trip dossier PDF for 30 companies, measured by bench/dossier.bench.ts when it is in the
// tree (it drives the harness's Chromium); otherwise one row saying it was not measured.
import type { ApiContext } from '../main/api/context';
import { dossierModule } from './optional';
import { row, summarise, type BenchRow, type Summary } from './stats';

const DOSSIER = { p50Ms: 3000 };
const NAME = 'trip dossier PDF, 30 companies';

/** Accepts what a bench function may answer: samples in ms, one time, or p50/p95 figures. */
export function asSummary(value: unknown): Summary | null {
  if (typeof value === 'number') return summarise([value]);
  if (Array.isArray(value) && value.every((v) => typeof v === 'number')) return summarise(value);
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.p50 === 'number') {
      const p95 = typeof v.p95 === 'number' ? v.p95 : v.p50;
      return { n: typeof v.n === 'number' ? v.n : 1, p50: v.p50, p95, max: typeof v.max === 'number' ? v.max : p95 };
    }
    for (const key of ['samples', 'millis', 'ms', 'timings']) if (key in v) return asSummary(v[key]);
  }
  return null;
}

export async function benchDossierRows(ctx: ApiContext): Promise<BenchRow[]> {
  const run = dossierModule?.benchDossier;
  if (typeof run !== 'function') {
    const why = dossierModule ? 'bench/dossier.bench.ts has no benchDossier export' : 'bench/dossier.bench.ts is not in the tree yet';
    return [row('dossier', NAME, null, null, DOSSIER, `not measured: ${why}`)];
  }
  try {
    const ours = asSummary(await (run as (db: unknown, path: string) => unknown)(ctx.db, ctx.databasePath));
    return [row('dossier', NAME, ours, null, DOSSIER, ours ? undefined : 'benchDossier answered no timings')];
  } catch (err) {
    return [row('dossier', NAME, null, null, DOSSIER, `failed: ${String(err).slice(0, 200)}`)];
  }
}
