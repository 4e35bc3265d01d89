import type { ColumnState, GridApi } from 'ag-grid-community';

/** What a saved view remembers: which columns in which order and width, sort, filters, search. */
export interface GridViewState {
  columns?: ColumnState[];
  filterModel?: Record<string, unknown>;
  q?: string;
}

export function captureView<T>(api: GridApi<T>, q: string): GridViewState {
  const state: GridViewState = {
    columns: api.getColumnState().map(({ colId, hide, width, pinned, sort, sortIndex }) => ({
      colId,
      hide,
      width,
      pinned,
      sort,
      sortIndex,
    })),
    filterModel: api.getFilterModel() as Record<string, unknown>,
  };
  if (q) state.q = q;
  return state;
}

export function applyView<T>(api: GridApi<T>, state: GridViewState): void {
  // Built-in views name only the columns they sort on: keep the layout, clear other sorts.
  if (state.columns) {
    const full = state.columns.length === (api.getColumns()?.length ?? 0);
    api.applyColumnState({ state: state.columns, applyOrder: full, defaultState: { sort: null } });
  } else api.resetColumnState();
  api.setFilterModel(state.filterModel ?? null);
}

/** A view a list offers ready-made (in a plain module, so tests can read the views without React). */
export interface BuiltinView {
  key: string;
  name: string;
  /** Built when chosen: such views are relative to today and to the current user. */
  state: () => GridViewState;
  disabledReason?: string;
}
