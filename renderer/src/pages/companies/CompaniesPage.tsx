import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { GridApi, GridReadyEvent, IDatasource, IGetRowsParams } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { App, Button, Input, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyRow } from '../../../../main/domain/companies/schema';
import { call, errorMessage } from '../../api';
import { regionLabel } from '../../components/RegionSelect';
import { moneyScale } from '../../format/money';
import { gridLocale, gridTheme } from '../../grid/setup';
import { toListQuery } from '../../grid/toListQuery';
import { useNewShortcut } from '../../hooks/useNewShortcut';
import { usePrefs } from '../../prefs';
import { CompanyDrawer } from './CompanyDrawer';
import { companyColumns } from './columns';

export function CompaniesPage({ initialQuery }: { initialQuery: string }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { moneyUnit } = usePrefs();
  const [q, setQ] = useState(initialQuery);
  const [total, setTotal] = useState<number | null>(null);
  const [drawer, setDrawer] = useState<number | 'new' | null>(
    new URLSearchParams(window.location.hash.split('?')[1]).get('new') ? 'new' : null,
  );
  const gridApi = useRef<GridApi<CompanyRow> | null>(null);

  useNewShortcut(() => setDrawer('new'));

  const columnDefs = useMemo(() => companyColumns(t, moneyUnit, regionLabel), [t, moneyUnit]);

  const datasource = useMemo<IDatasource>(
    () => ({
      getRows: (params: IGetRowsParams) => {
        const query = toListQuery(params, q, { registeredCapital: moneyScale(moneyUnit) });
        call('companies.list', query)
          .then((page) => {
            setTotal(page.total);
            params.successCallback(page.rows, page.total);
          })
          .catch((e: unknown) => {
            message.error(errorMessage(e));
            params.failCallback();
          });
      },
    }),
    [q, moneyUnit, message],
  );

  useEffect(() => {
    gridApi.current?.setGridOption('datasource', datasource);
  }, [datasource]);

  const onGridReady = useCallback(
    (e: GridReadyEvent<CompanyRow>) => {
      gridApi.current = e.api;
      e.api.setGridOption('datasource', datasource);
    },
    [datasource],
  );

  const refresh = () => gridApi.current?.purgeInfiniteCache();

  return (
    <div className="page">
      <div className="page-toolbar">
        <h1>{t('companies.title')}</h1>
        <Input.Search
          allowClear
          placeholder={t('companies.searchPlaceholder')}
          defaultValue={initialQuery}
          key={initialQuery}
          onSearch={(v) => setQ(v)}
          style={{ width: 320 }}
          aria-label={t('companies.searchPlaceholder')}
        />
        <Typography.Text type="secondary" data-testid="grid-total">
          {total === null ? '' : t('companies.total', { count: total })}
        </Typography.Text>
        <span className="spacer" />
        <Button icon={<ReloadOutlined />} onClick={refresh}>
          {t('common.refresh')}
        </Button>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer('new')}>
          {t('companies.new')}
        </Button>
      </div>
      <div className="grid-fill" data-testid="companies-grid">
        <AgGridReact<CompanyRow>
          theme={gridTheme}
          localeText={gridLocale(i18n.language)}
          columnDefs={columnDefs}
          defaultColDef={{ sortable: true, resizable: true }}
          rowModelType="infinite"
          cacheBlockSize={100}
          maxBlocksInCache={50}
          getRowId={(p) => String(p.data.id)}
          onGridReady={onGridReady}
          onRowDoubleClicked={(e) => e.data && setDrawer(e.data.id)}
          onCellKeyDown={(e) => {
            if ((e.event as KeyboardEvent | undefined)?.key === 'Enter' && e.data) setDrawer(e.data.id);
          }}
          overlayNoRowsTemplate={`<span>${t('companies.emptyHint')}</span>`}
        />
      </div>
      <CompanyDrawer
        key={String(drawer)}
        target={drawer}
        onClose={() => setDrawer(null)}
        onSaved={() => {
          setDrawer(null);
          refresh();
        }}
      />
    </div>
  );
}
