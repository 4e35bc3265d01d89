import type { Db } from '../../db/open';
import { todayLocal } from '@contract/shared/time';
import { previewText, type Grid } from './files/grid';
import type { YearSources } from './header/year';
import { ImportPass } from './plan';
import type { ImportSpec, PreviewResult, PreviewRow } from '@contract/importers/schema';
import { walk } from './slices';
import { dryWriter } from './writer';

const PROBLEM_ROWS = 300;
const CLEAN_ROWS = 50;

const hasProblem = (r: PreviewRow): boolean => r.problems.length > 0 || r.action !== 'create';

/**
 * What the import would do, row by row, without writing: the same pass as the import with a
 * writer that only counts, in the same slices. Rows with problems come first so the person
 * sees them at once.
 */
export async function previewImport(
  db: Db,
  grid: Grid,
  spec: ImportSpec,
  actorName: string,
  years: Omit<YearSources, 'chosen'>,
): Promise<PreviewResult> {
  let problems = 0;
  let clean = 0;
  const pass = new ImportPass(grid, spec, {
    db,
    writer: dryWriter(),
    actorName,
    today: todayLocal(),
    years,
    keepRows: (r) => (hasProblem(r) ? problems++ < PROBLEM_ROWS : clean++ < CLEAN_ROWS),
  });
  await walk(pass);
  const summary = pass.summary();
  const rows = [...pass.kept.filter(hasProblem), ...pass.kept.filter((r) => !hasProblem(r))].map(
    (r): PreviewRow => ({
      ...r,
      cells: r.cells.map(previewText),
      problems: r.problems.map((p) => ({ ...p, message: previewText(p.message) })),
    }),
  );
  return { ...summary, rows, blocked: spec.onError === 'block' && summary.counts.error > 0 };
}

/** Every row that would not import, with its cells, for the error report. */
export async function errorRows(
  db: Db,
  grid: Grid,
  spec: ImportSpec,
  actorName: string,
  years: Omit<YearSources, 'chosen'>,
): Promise<PreviewRow[]> {
  const pass = new ImportPass(grid, spec, {
    db,
    writer: dryWriter(),
    actorName,
    today: todayLocal(),
    years,
    keepRows: (r) => r.action === 'error',
  });
  await walk(pass);
  return pass.kept;
}
