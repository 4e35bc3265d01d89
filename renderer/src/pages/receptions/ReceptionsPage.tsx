import { App, Select, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReceptionRow } from '@contract/receptions/schema';
import type { ColumnFilter, ListQueryInput } from '@contract/shared/listQuery';
import { call, errorMessage } from '../../api';
import { RecordGridPage } from '../../grid/RecordGridPage';
import { useDrill } from '../../grid/useDrill';
import { useRoute } from '../../router';
import { thisYear, yearFilter, yearOptions, yearRange } from '../trips/period';
import { receptionColumns } from './columns';
import { ReceptionDrawer } from './ReceptionDrawer';

/** 来访接待: the year's delegations in a grid, with the year's totals in the reports' words. */
export function ReceptionsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [year, setYear] = useState(thisYear());
  const [totals, setTotals] = useState('');
  const drill = useDrill(useRoute().params, 'receptions');

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
    <RecordGridPage<ReceptionRow>
      key={year}
      grid="receptions"
      title={t('receptions.title')}
      fetchPage={fetchPage}
      columns={columns}
      searchPlaceholder={t('receptions.searchPlaceholder')}
      totalLabel={(count) => t('receptions.total', { count })}
      emptyHint={t('receptions.emptyHint')}
      fixed={drill}
      testId="receptions-grid"
      newLabel={t('receptions.new')}
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
        </>
      }
      drawer={ReceptionDrawer}
      onSaved={loadTotals}
    />
  );
}
