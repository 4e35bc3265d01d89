import { ReloadOutlined } from '@ant-design/icons';
import type {
  CellValueChangedEvent,
  ColDef,
  GridApi,
  GridReadyEvent,
  IDatasource,
  IGetRowsParams,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { App, Button, Input, Tag, Typography } from 'antd';
import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type Ref,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { ViewGrid } from '@contract/views/schema';
import type { Page } from '@contract/shared/listQuery';
import { errorMessage } from '../api';
import { ColumnChooser } from './ColumnChooser';
import { gridLocale, gridTheme } from './setup';
import { toListQuery, type ColumnScales } from './toListQuery';
import { nameColumnOpens, opensRecord } from './nameColumn';
import { ViewPicker, type BuiltinView } from './ViewPicker';
import { applyView, captureView, type GridViewState } from './viewState';
import type { ColumnFilter, ListQueryInput } from '@contract/shared/listQuery';
import type { DrillInput } from '@contract/indicators/drillSchema';

export interface DataGridHandle<T> {
  refresh(): void;
  api(): GridApi<T> | null;
  /** The query of what is on screen (filters, sort, search), e.g. for export. */
  currentQuery(): ListQueryInput;
}

export interface DataGridProps<T extends { id: number }> {
  grid: ViewGrid;
  title: string;
  /** Fetches one page; the grid never holds more than the blocks on screen. */
  fetchPage(query: ListQueryInput): Promise<Page<T>>;
  columns: ColDef<T>[];
  scales?: ColumnScales;
  searchPlaceholder: string;
  totalLabel(count: number): string;
  initialQuery?: string;
  builtinViews?: BuiltinView[];
  /** Applied on first load. */
  initialView?: GridViewState;
  /**
   * Conditions added to every request and shown as a closable tag, e.g. a drill-down from the
   * dashboard ("2026年签约项目"); closing the tag shows the whole list again.
   */
  fixed?: {
    label: string;
    filters?: Record<string, ColumnFilter>;
    /** A figure's records, picked by the domain (see drillLink.ts); `detail` says what they add up to. */
    drill?: DrillInput;
    detail?: string;
    onClear(): void;
  };
  onOpen?(row: T): void;
  /** Inline edit: resolve to accept, throw (ApiCallError) to refuse; the cell then shows its old value. */
  onCellEdit?(row: T, field: string, value: unknown): Promise<void>;
  selectable?: boolean;
  onSelectionChange?(rows: T[]): void;
  toolbar?: ReactNode;
  emptyHint: string;
  /** Said instead of emptyHint when a search or filter leaves no rows ("没有符合条件的企业"). */
  noMatchHint?: string;
  handle?: Ref<DataGridHandle<T>>;
  testId?: string;
}

/** The grid every list page uses: SQL-side paging, sort and filter; views; column chooser; inline edit. */
export function DataGrid<T extends { id: number }>(props: DataGridProps<T>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { fetchPage, scales, onCellEdit, onSelectionChange, initialView, fixed } = props;
  const [q, setQ] = useState(props.initialQuery ?? '');
  const [searchBox, setSearchBox] = useState(props.initialQuery ?? '');
  const [total, setTotal] = useState<number | null>(null);
  const [narrowed, setNarrowed] = useState(false);
  const [api, setApi] = useState<GridApi<T> | null>(null);
  const lastQuery = useRef<ListQueryInput>({});
  const reverting = useRef(false);

  const datasource = useMemo<IDatasource>(
    () => ({
      getRows: (params: IGetRowsParams) => {
        const query = toListQuery(params, q, scales);
        if (fixed?.filters)
          query.filters = { ...(query.filters as Record<string, ColumnFilter>), ...fixed.filters };
        if (fixed?.drill) (query as ListQueryInput & { drill?: DrillInput }).drill = fixed.drill;
        lastQuery.current = query;
        fetchPage(query)
          .then((page) => {
            setTotal(page.total);
            setNarrowed(!!query.q || Object.keys(query.filters ?? {}).length > 0);
            params.successCallback(page.rows, page.total);
          })
          .catch((e: unknown) => {
            message.error(errorMessage(e));
            params.failCallback();
          });
      },
    }),
    [q, scales, fetchPage, message, fixed],
  );

  useEffect(() => api?.setGridOption('datasource', datasource), [api, datasource]);
  const columns = useMemo(() => nameColumnOpens(props.columns, t('common.renameHint')), [props.columns, t]);

  const onGridReady = useCallback(
    (e: GridReadyEvent<T>) => {
      if (initialView) applyView(e.api, initialView);
      setApi(e.api);
    },
    [initialView],
  );

  useImperativeHandle(props.handle, () => ({
    refresh: () => api?.refreshInfiniteCache(),
    api: () => api,
    currentQuery: () => ({ ...lastQuery.current, offset: 0, limit: 500 }),
  }));

  const onCellValueChanged = (e: CellValueChangedEvent<T>) => {
    if (reverting.current || !onCellEdit || !e.data || !e.colDef.field) return;
    const field = e.colDef.field;
    onCellEdit(e.data, field, e.newValue).then(
      () => api?.refreshInfiniteCache(),
      (err: unknown) => {
        message.error(errorMessage(err));
        reverting.current = true;
        e.node.setDataValue(field, e.oldValue);
        reverting.current = false;
      },
    );
  };

  const noMatch = total === 0 && narrowed;
  const clearFilters = () => {
    setSearchBox('');
    setQ('');
    api?.setFilterModel(null);
    fixed?.onClear();
  };

  return (
    <div className="page">
      <div className="page-toolbar">
        <h1>{props.title}</h1>
        <Input.Search
          allowClear
          placeholder={props.searchPlaceholder}
          value={searchBox}
          onChange={(e) => setSearchBox(e.target.value)}
          onSearch={(v) => setQ(v.trim())}
          style={{ width: 300 }}
          aria-label={props.searchPlaceholder}
        />
        {fixed && (
          <Tag closable color="blue" onClose={fixed.onClear} data-testid="grid-fixed">
            {fixed.label}
            {fixed.detail ? ` · ${fixed.detail}` : ''}
          </Tag>
        )}
        <Typography.Text type="secondary" data-testid="grid-total">
          {total === null ? '' : props.totalLabel(total)}
        </Typography.Text>
        <span className="spacer" />
        {props.builtinViews && (
          <ViewPicker
            grid={props.grid}
            builtins={props.builtinViews}
            capture={() => (api ? captureView(api, q) : null)}
            apply={(state) => {
              if (!api) return;
              applyView(api, state);
              setSearchBox(state.q ?? '');
              setQ(state.q ?? '');
            }}
          />
        )}
        <ColumnChooser api={api} />
        <Button icon={<ReloadOutlined />} onClick={() => api?.refreshInfiniteCache()} aria-label="刷新" />
        {props.toolbar}
      </div>
      <div
        className={noMatch ? 'grid-fill no-match' : 'grid-fill'}
        data-testid={props.testId ?? `${props.grid}-grid`}
      >
        <AgGridReact<T>
          theme={gridTheme}
          localeText={gridLocale}
          columnDefs={columns}
          defaultColDef={{ sortable: true, resizable: true }}
          rowModelType="infinite"
          cacheBlockSize={100}
          maxBlocksInCache={50}
          // A drag of the scrollbar across thousands of rows asks only for the blocks where it
          // stops, and draws rows once the bar rests, instead of fetching and drawing every block
          // it passes (each a long task on a 100,000-row ledger).
          blockLoadDebounceMillis={120}
          debounceVerticalScrollbar
          getRowId={(p) => String(p.data.id)}
          onGridReady={onGridReady}
          rowSelection={
            props.selectable ? { mode: 'multiRow', checkboxes: true, headerCheckbox: false } : undefined
          }
          selectionColumnDef={{ pinned: 'left', width: 44 }}
          onSelectionChanged={(e) => onSelectionChange?.(e.api.getSelectedRows())}
          // Double-click opens the record — always on its name, which is renamed only with F2 —
          // and starts editing on the other editable cells.
          suppressClickEdit
          onCellDoubleClicked={(e) => {
            if (!e.data) return;
            if (opensRecord(e.colDef)) props.onOpen?.(e.data);
            else if (e.rowIndex !== null) e.api.startEditingCell({ rowIndex: e.rowIndex, colKey: e.column });
          }}
          onCellKeyDown={(e) => {
            const key = e.event as KeyboardEvent | undefined;
            const inEditor = key?.target instanceof Element && key.target.closest('.ag-cell-inline-editing');
            if (key?.key === 'Enter' && e.data && !inEditor && 'colDef' in e && opensRecord(e.colDef))
              props.onOpen?.(e.data);
          }}
          onCellValueChanged={onCellValueChanged}
          stopEditingWhenCellsLoseFocus
          overlayNoRowsTemplate={noMatch ? '<span></span>' : `<span>${props.emptyHint}</span>`}
          suppressNoRowsOverlay={noMatch}
        />
        {noMatch && (
          <div className="grid-no-match" data-testid="grid-no-match">
            {props.noMatchHint ?? t('common.noMatch')}
            {' · '}
            <Typography.Link onClick={clearFilters}>{t('common.clearFilters')}</Typography.Link>
          </div>
        )}
      </div>
    </div>
  );
}
