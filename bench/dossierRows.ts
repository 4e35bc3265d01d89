// The trip dossier PDF for 30 companies, measured by bench/dossier.bench.ts (it drives the
// harness's Chromium) when it is in the tree; otherwise one row saying it was not measured.
import type { ApiContext } from '../main/api/context';
import type { Plan } from './measure';
import { dossierModule } from './optional';
import { row, type BenchRow } from './stats';

type BenchDossier = (ctx: ApiContext, plan: Plan) => Promise<BenchRow[]>;

export async function benchDossierRows(ctx: ApiContext, plan: Plan): Promise<BenchRow[]> {
  const run = dossierModule?.benchDossier as BenchDossier | undefined;
  const missed = (why: string): BenchRow[] => [
    row('dossier', 'trip dossier PDF, 30 companies', null, null, { p50Ms: 3000 }, `not measured: ${why}`),
  ];
  if (typeof run !== 'function') return missed('bench/dossier.bench.ts is not in the tree yet');
  try {
    return await run(ctx, plan);
  } catch (err) {
    return missed(String(err).slice(0, 200));
  }
}
