import type { ColDef, SuppressKeyboardEventParams } from 'ag-grid-community';

/** The column that names the record: double-click and Enter open the record from it. */
const NAME_COL = 'name';

/** Whether a cell opens its record (the name, and every read-only cell) instead of editing. */
export const opensRecord = (col: ColDef): boolean => !col.editable || col.colId === NAME_COL;

// Keys that would start editing a cell (Enter, Delete, Backspace, any character); F2 is not one.
const startsEditing = (e: KeyboardEvent): boolean =>
  e.key === 'Enter' ||
  e.key === 'Delete' ||
  e.key === 'Backspace' ||
  (e.key.length === 1 && !e.ctrlKey && !e.metaKey);

/**
 * An editable name is renamed only on purpose, with F2 (as in a file manager): a stray key,
 * Enter or a double-click on the name never overwrites it — they open the record instead.
 */
export function nameColumnOpens<T>(columns: ColDef<T>[], hint: string): ColDef<T>[] {
  return columns.map((c) =>
    c.colId === NAME_COL && c.editable
      ? {
          ...c,
          headerTooltip: c.headerTooltip ?? hint,
          suppressKeyboardEvent: (p: SuppressKeyboardEventParams<T>) => !p.editing && startsEditing(p.event),
        }
      : c,
  );
}
