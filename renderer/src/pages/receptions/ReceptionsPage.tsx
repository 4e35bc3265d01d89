import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Select, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReceptionRow } from '../../../../main/domain/receptions/schema';
import type { ColumnFilter, ListQueryInput } from '../../../../main/domain/shared/listQuery';
import { call, errorMessage } from '../../api';
import { DataGrid, type DataGridHandle } from '../../grid/DataGrid';
import { useDrill } from '../../grid/useDrill';
import { useRoute } from '../../router';
import { useNewShortcut } from '../../hooks/useNewShortcut';
import { thisYear, yearFilter, yearOptions, yearRange } from '../trips/period';
import { receptionColumns } from './columns';
import { ReceptionDrawer } from './ReceptionDrawer';

/** 来访接待: the year's delegations in a grid, with the year's totals in the reports' words. */
export function ReceptionsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [year, setYear] = useState(thisYear());
  const [drawer, setDrawer] = useState<number | 'new' | null>(null);
  const [totals, setTotals] = useState('');
  const grid = useRef<DataGridHandle<ReceptionRow>>(null);
  const drill = useDrill(useRoute().params, 'receptions');
  useNewShortcut(() => setDrawer('new'));

  const loadTotals = useCallback(() => {
    call('receptions.totals', yearRange(year))
      .then((r) => setTotals(t('receptions.yearTotals', { year, text: r.text })))
      .catch((e: unknown) => message.error(errorMessage(e)));
  }, [year, t, message]);
  useEffect(loadTotals, [loadTotals]);

  const columns = useMemo(() => receptionColumns(t), [t]);
  const fetchPage = useCallback(
    (q: ListQueryInput) =>
      // A drill-down carries its own period; the year switch then does not narrow it further.
      call('receptions.list', {
        ...q,
        filters: {
          ...(q.filters as Record<string, ColumnFilter> | undefined),
          ...(drill ? {} : { startsOn: yearFilter(year) }),
        },
      }),
    [year, drill],
  );

  return (
    <>
      <DataGrid<ReceptionRow>
        key={year}
        grid="receptions"
        title={t('receptions.title')}
        handle={grid}
        fetchPage={fetchPage}
        columns={columns}
        searchPlaceholder={t('receptions.searchPlaceholder')}
        totalLabel={(count) => t('receptions.total', { count })}
        emptyHint={t('receptions.emptyHint')}
        fixed={drill}
        onOpen={(row) => setDrawer(row.id)}
        testId="receptions-grid"
        toolbar={
          <>
            <Select
              value={year}
              onChange={setYear}
              options={yearOptions()}
              style={{ width: 100 }}
              aria-label="年度"
            />
            <Typography.Text strong data-testid="reception-totals" className="reception-totals">
              {totals}
            </Typography.Text>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer('new')}>
              {t('receptions.new')}
            </Button>
          </>
        }
      />
      <ReceptionDrawer
        key={String(drawer)}
        target={drawer}
        onClose={() => setDrawer(null)}
        onSaved={() => {
          setDrawer(null);
          grid.current?.refresh();
          loadTotals();
        }}
      />
    </>
  );
}
