import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Select, Tabs } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnFilter, ListQueryInput } from '@contract/shared/listQuery';
import type { TripRow } from '@contract/trips/schema';
import { call } from '../../api';
import { StaffSelect, TeamSelect } from '../../components/StaffSelect';
import { DataGrid } from '../../grid/DataGrid';
import { useDrill } from '../../grid/useDrill';
import { useNewShortcut } from '../../hooks/useNewShortcut';
import { navigate } from '../../router';
import { thisYear, yearFilter, yearOptions } from './period';
import { QuotaTable } from './QuotaTable';
import { TimelineChart } from './TimelineChart';
import { tripColumns } from './tripColumns';
import { TripFormModal } from './TripFormModal';
import { TripsBanner } from './TripsBanner';
import { YearMapChart } from './YearMapChart';

const TABS = ['list', 'map', 'timeline', 'quotas'] as const;
type Tab = (typeof TABS)[number];

/** 外出招商: the year's trips as a list, a route map, a timeline and the leaders' quotas. */
export function TripsPage({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const wanted = params.get('tab') as Tab | null;
  const [tab, setTab] = useState<Tab>(wanted && TABS.includes(wanted) ? wanted : 'list');
  const [year, setYear] = useState(Number(params.get('year')) || thisYear());
  const [leaderId, setLeaderId] = useState<number | null>(null);
  const [teamId, setTeamId] = useState<number | null>(null);
  const [creating, setCreating] = useState(params.get('new') === '1');
  const drill = useDrill(params, 'trips');
  useNewShortcut(() => setCreating(true));

  const columns = useMemo(() => tripColumns(t), [t]);
  const fetchPage = useCallback(
    (q: ListQueryInput) =>
      call('trips.list', {
        ...q,
        filters: {
          ...(q.filters as Record<string, ColumnFilter> | undefined),
          // A drill-down carries its own period; the year switch then does not narrow it further.
          ...(drill ? {} : { startsOn: yearFilter(year) }),
          ...(leaderId
            ? { leaderId: { type: 'number' as const, op: 'equals' as const, value: leaderId } }
            : {}),
          ...(teamId ? { teamId: { type: 'number' as const, op: 'equals' as const, value: teamId } } : {}),
        },
      }),
    [year, leaderId, teamId, drill],
  );
  const filterKey = `${year}-${leaderId ?? ''}-${teamId ?? ''}`;

  return (
    <div className="page trips-page">
      <div className="page-toolbar">
        <h1>{t('trips.title')}</h1>
        <Select
          value={year}
          onChange={setYear}
          options={yearOptions()}
          style={{ width: 100 }}
          aria-label="年度"
        />
        <div style={{ width: 170 }}>
          <StaffSelect leaders value={leaderId} onChange={setLeaderId} placeholder={t('trips.allLeaders')} />
        </div>
        <div style={{ width: 170 }}>
          <TeamSelect value={teamId} onChange={setTeamId} placeholder={t('trips.allTeams')} />
        </div>
        <span className="spacer" />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('trips.new')}
        </Button>
      </div>
      <TripsBanner key={filterKey} year={year} leaderId={leaderId} teamId={teamId} />
      <Tabs
        className="trips-tabs"
        activeKey={tab}
        onChange={(k) => setTab(k as Tab)}
        destroyOnHidden
        items={[
          {
            key: 'list',
            label: t('trips.tabs.list'),
            children: (
              <DataGrid<TripRow>
                key={filterKey}
                grid="trips"
                title={t('trips.listTitle', { year })}
                fetchPage={fetchPage}
                columns={columns}
                searchPlaceholder={t('trips.searchPlaceholder')}
                totalLabel={(count) => t('trips.total', { count })}
                emptyHint={t('trips.emptyHint')}
                fixed={drill}
                onOpen={(row) => navigate(`/trips/${row.id}`)}
                testId="trips-grid"
              />
            ),
          },
          {
            key: 'map',
            label: t('trips.tabs.map'),
            children: <YearMapChart year={year} leaderId={leaderId} teamId={teamId} />,
          },
          {
            key: 'timeline',
            label: t('trips.tabs.timeline'),
            children: <TimelineChart year={year} leaderId={leaderId} teamId={teamId} />,
          },
          {
            key: 'quotas',
            label: t('trips.tabs.quotas'),
            children: <QuotaTable year={year} teamId={teamId} />,
          },
        ]}
      />
      <TripFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(trip) => {
          setCreating(false);
          void message.success(t('trips.created'));
          navigate(`/trips/${trip.id}`);
        }}
      />
    </div>
  );
}
