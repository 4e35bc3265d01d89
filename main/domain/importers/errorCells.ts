import type { MappedColumn } from './convert';
import { columnLetter } from '@contract/importers/files/columnLetter';
import type { CellErrors } from './files/grid';
import type { RowProblem } from '@contract/importers/schema';

/**
 * The mapped cells of a row (0-based) that show an Excel error (#REF!, #DIV/0! …): each flagged
 * with where it is, none imported. The rest of the row imports; the field stays empty.
 */
export function errorCellProblems(
  errors: CellErrors | undefined,
  row: number,
  columns: MappedColumn[],
): RowProblem[] {
  const cells = errors?.get(row);
  if (!cells) return [];
  const problems: RowProblem[] = [];
  for (const { column, field } of columns) {
    const error = cells.get(column);
    if (error === undefined) continue;
    problems.push({
      field: field.key,
      message: `${field.label}（${columnLetter(column)} 列）：单元格为错误值 ${error}，未导入`,
      level: 'warning',
    });
  }
  return problems;
}
