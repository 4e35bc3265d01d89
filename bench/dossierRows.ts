// The trip dossier PDF for 30 companies, measured by bench/dossier.bench.ts (it drives the
// harness's Chromium); when that cannot run here, one row saying why it was not measured.
import type { ApiContext } from '../main/api/context';
import { benchDossier } from './dossier.bench';
import type { Plan } from './measure';
import { row, type BenchRow } from './stats';

export async function benchDossierRows(ctx: ApiContext, plan: Plan): Promise<BenchRow[]> {
  const missed = (why: string): BenchRow[] => [
    row('dossier', 'trip dossier PDF, 30 companies', null, null, { p50Ms: 3000 }, `not measured: ${why}`),
  ];
  try {
    return await benchDossier(ctx, plan);
  } catch (err) {
    return missed(String(err).slice(0, 200));
  }
}
