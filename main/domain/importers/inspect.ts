import { TARGET_FIELDS, type ImportTarget } from '@contract/importers/fields';
import { cellText, type Grid } from './files/grid';
import { detectHeaderRow, layoutAt } from './header/detect';
import { suggestMapping } from './header/suggest';
import type { InspectResult } from '@contract/importers/schema';

const TOP_ROWS = 12;

/** First look at a sheet: where the header is, what its columns probably are. */
export function inspectSheet(
  grid: Grid,
  sheetNames: string[],
  choice: { sheet: number; target: ImportTarget; headerRow?: number | undefined },
): InspectResult {
  const fields = TARGET_FIELDS[choice.target];
  const detected = detectHeaderRow(grid, fields);
  const headerRow = Math.min(choice.headerRow ?? detected, Math.max(0, grid.rows.length - 1));
  const layout = layoutAt(grid, headerRow);
  const shown = Math.min(grid.rows.length, Math.max(TOP_ROWS, layout.dataStart + 3));
  const width = Math.min(
    40,
    Math.max(layout.headers.length, ...grid.rows.slice(0, shown).map((r) => r.length)),
  );
  return {
    target: choice.target,
    sheet: choice.sheet,
    sheetNames,
    headerRow,
    detectedHeaderRow: detected,
    dataStart: layout.dataStart,
    title: layout.title,
    unitHint: layout.unitHint,
    headers: layout.headers,
    topRows: grid.rows.slice(0, shown).map((r, i) => ({
      row: i + 1,
      cells: Array.from({ length: width }, (_, c) => cellText(r[c] ?? null).slice(0, 60)),
    })),
    suggestions: suggestMapping(layout.headers, fields, layout.unitHint),
    fields: fields.map((f) => ({ key: f.key, label: f.label, kind: f.kind, required: f.required ?? false })),
    bodyRows: Math.max(0, grid.rows.length - layout.dataStart),
  };
}
