import { CopyOutlined, LeftOutlined, ReloadOutlined, RightOutlined } from '@ant-design/icons';
import { AgGridReact } from 'ag-grid-react';
import { Alert, App, Button, Space, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayLocal } from '@contract/shared/time';
import { INDICATOR_CODES } from '@contract/targets/indicators';
import { call, errorMessage } from '../../api';
import { formatIndicator, fromDisplay, indicatorSuffix } from '../../format/indicator';
import { gridLocale, gridTheme } from '../../grid/setup';
import { useSubmit } from '../../components/forms/useSubmit';
import { useQuery } from '../../hooks/useQuery';
import { navigate } from '../../router';
import { kpiUrl } from '../workbench/drill';
import { go } from '../workbench/go';
import { targetColumns } from './targetColumns';
import { indicatorRows, parseTyped, teamOf, type IndicatorRow, type ScopeKey } from './targetRows';
import './targets.css';

/** Every indicator in view at once: header, a row of 34 px each, room for a horizontal scrollbar. */
const GRID_HEIGHT = 36 + INDICATOR_CODES.length * 34 + 20;

/** #/targets?y=2026; the current year when absent or out of range. */
function yearOf(params: URLSearchParams): number {
  const y = Number(params.get('y'));
  return Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : Number(todayLocal().slice(0, 4));
}

/** One target cell typed in: the value as stored (yuan, count, ‱), or null to clear it. */
interface TargetEdit {
  row: IndicatorRow;
  key: ScopeKey;
  value: number | null;
}

/**
 * 目标任务: a year's targets, for the office and each team, one row per indicator. Values are
 * typed in the unit shown (亿元/万元 as set, 个, 人次, %) and stored as the catalogue says.
 */
export function TargetsPage({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation();
  const year = yearOf(params);
  const { message, modal } = App.useApp();
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const targets = useQuery('targets.list', { year }, version);
  const teams = useQuery('teams.list', { activeOnly: true });
  const kpis = useQuery('indicators.kpis', { from: `${year}-01-01`, to: `${year}-12-31` }, version);
  const rows = useMemo(
    () => (targets.data ? indicatorRows(targets.data, kpis.data?.cards) : null),
    [targets.data, kpis.data],
  );
  const teamList = useMemo(() => teams.data ?? [], [teams.data]);

  // A cell's value is stored (or cleared) through the same submit as every form: its refusal is
  // said at the top, and the grid then reloads what the database holds either way.
  const { submit } = useSubmit(
    null,
    async ({ row, key, value }: TargetEdit) => {
      const existing = row.targets[key];
      const teamId = teamOf(key);
      if (value === null) await call('targets.delete', { id: existing?.id ?? 0 });
      else
        await call('targets.set', {
          year,
          indicator: row.code,
          value,
          ...(teamId === null ? {} : { teamId }),
        });
    },
    {
      success: (_, { row, key, value }) => {
        const name =
          key === 'office'
            ? row.name
            : `${teamList.find((g) => g.id === teamOf(key))?.name ?? ''} ${row.name}`;
        if (value === null) return t('targets.removed', { name });
        const shown = `${formatIndicator(row.unit, value)}${indicatorSuffix(t, row.code, row.unit)}`;
        return t('targets.saved', { name, value: shown });
      },
    },
  );
  const save = useCallback(
    async (row: IndicatorRow, key: ScopeKey, raw: unknown) => {
      // Money comes from the money editor already in yuan; counts and rates as typed text.
      const typed = row.unit === 'yuan' ? (raw as number | null) : parseTyped(raw);
      if (typed === null && !row.targets[key]) return;
      if (Number.isNaN(typed)) message.error(t('targets.notNumber'));
      else {
        const value = typed === null || row.unit === 'yuan' ? typed : fromDisplay(row.unit, typed);
        await submit({ row, key, value });
      }
      reload();
    },
    [message, t, reload, submit],
  );

  const columns = useMemo(
    () =>
      targetColumns(
        t,
        teamList,
        (row, key, raw) => void save(row, key, raw),
        (row) =>
          go(
            kpiUrl(
              row.code,
              {
                from: `${year}-01-01`,
                to: `${year}-12-31`,
                asOf: kpis.data?.period.asOf ?? todayLocal(),
                teamId: null,
              },
              `${row.name}（${t('targets.year', { year })}）`,
            ),
          ),
      ),
    [t, teamList, save, year, kpis.data],
  );

  const copyLast = () => {
    const from = year - 1;
    call('targets.list', { year: from })
      .then((previous) => {
        if (previous.length === 0) {
          message.info(t('targets.copyNone', { year: from }));
          return;
        }
        modal.confirm({
          title: t('targets.copyLast', { year: from }),
          content: t('targets.copyConfirm', { from, to: year, count: previous.length }),
          onOk: () =>
            call('targets.copy', { fromYear: from, toYear: year })
              .then((r) => {
                message.success(t('targets.copied', { count: r.copied }));
                reload();
              })
              .catch((e: unknown) => message.error(errorMessage(e))),
        });
      })
      .catch((e: unknown) => message.error(errorMessage(e)));
  };

  const error = targets.error ?? teams.error;
  return (
    <div className="page" data-testid="targets-page">
      <div className="page-toolbar">
        <h1>{t('targets.title')}</h1>
        <Space.Compact>
          <Button
            icon={<LeftOutlined />}
            aria-label={String(year - 1)}
            onClick={() => navigate('/targets', { y: String(year - 1) })}
          />
          <Button style={{ minWidth: 84 }} data-testid="targets-year">
            {t('targets.year', { year })}
          </Button>
          <Button
            icon={<RightOutlined />}
            aria-label={String(year + 1)}
            onClick={() => navigate('/targets', { y: String(year + 1) })}
          />
        </Space.Compact>
        <Typography.Text type="secondary">{t('targets.hint')}</Typography.Text>
        <span className="spacer" />
        <Button icon={<ReloadOutlined />} onClick={reload}>
          {t('common.refresh')}
        </Button>
        <Button icon={<CopyOutlined />} onClick={copyLast}>
          {t('targets.copyLast', { year: year - 1 })}
        </Button>
      </div>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      {teams.data && teamList.length === 0 && (
        <Alert type="info" showIcon message={t('targets.noTeams')} style={{ marginBottom: 12 }} />
      )}
      <div data-testid="targets-grid" style={{ height: GRID_HEIGHT }}>
        <AgGridReact<IndicatorRow>
          theme={gridTheme}
          localeText={gridLocale}
          rowData={rows}
          columnDefs={columns}
          defaultColDef={{ sortable: false, resizable: true, suppressMovable: true }}
          getRowId={(p) => p.data.code}
          singleClickEdit={false}
          stopEditingWhenCellsLoseFocus
        />
      </div>
    </div>
  );
}
