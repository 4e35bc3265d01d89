import { Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { elapsedRange } from '@contract/indicators/period';
import { todayLocal } from '@contract/shared/time';
import { formatDateZh } from '../../format/date';
import { useQuery } from '../../hooks/useQuery';
import { navigate, useRoute } from '../../router';
import { BreakdownCard } from './BreakdownCard';
import { CycleCard } from './CycleCard';
import { DoubleHalfBadge } from './DoubleHalfBadge';
import type { DrillScope } from './drill';
import { FunnelCard } from './FunnelCard';
import { KpiGrid } from './KpiGrid';
import { PeriodSwitch } from './PeriodSwitch';
import { periodLabel, rangeOf, readPeriod, writePeriod, type PeriodState } from './periodState';
import { RankingCard } from './RankingCard';
import { TrendCard } from './TrendCard';
import { WORKBENCH_CARDS } from './workbenchCards';
import { WorkloadCard } from './WorkloadCard';
import './dashboard.css';

/**
 * The director's 工作台: the year's indicators against targets and the calendar, the pipeline,
 * the trend, where projects come from, how the teams rank, who carries what, and how fast
 * projects move. Every figure opens the records behind it.
 */
export function Dashboard() {
  const { t } = useTranslation();
  const route = useRoute();
  const today = todayLocal();
  const state = readPeriod(route.params, today);
  const change = (s: PeriodState) => navigate('/workbench', writePeriod(s));
  const range = rangeOf(state);
  const input = { ...range, teamId: state.teamId };
  const kpis = useQuery('indicators.kpis', input);
  const funnel = useQuery('indicators.funnel', input);
  const trend = useQuery('indicators.trend', input);
  const workload = useQuery('indicators.workload', input);
  const cycles = useQuery('indicators.cycleTimes', input);
  const teams = useQuery('teams.list', { activeOnly: true });
  const asOf = kpis.data?.period.asOf ?? today;
  const scope: DrillScope = { ...range, asOf, teamId: state.teamId };
  const started = elapsedRange(range, asOf) !== null;
  const label = periodLabel(t, state);
  const teamName = teams.data?.find((g) => g.id === state.teamId)?.name ?? null;

  return (
    <div className="dash" data-testid="dashboard">
      <div className="page-toolbar dash-toolbar">
        <h1>{t('dashboard.title')}</h1>
        <PeriodSwitch value={state} today={today} onChange={change} />
        <Select
          value={state.teamId ?? 0}
          onChange={(id) => change({ ...state, teamId: id || null })}
          style={{ width: 150 }}
          aria-label={t('dashboard.team.label')}
          options={[
            { value: 0, label: t('dashboard.team.all') },
            ...(teams.data ?? []).map((g) => ({ value: g.id, label: g.name })),
          ]}
        />
        <span className="spacer" />
        {kpis.data && (
          <Typography.Text type="secondary" data-testid="as-of">
            {started
              ? t('dashboard.asOf', { date: formatDateZh(asOf), percent: kpis.data.percentElapsed })
              : t('dashboard.notStarted')}
          </Typography.Text>
        )}
        <DoubleHalfBadge value={kpis.data?.doubleHalf ?? null} asOf={asOf} />
      </div>
      <KpiGrid state={kpis} scope={scope} periodLabel={label} teamName={teamName} />
      {WORKBENCH_CARDS.length > 0 && (
        <div
          className="dash-row"
          style={{ gridTemplateColumns: `repeat(${WORKBENCH_CARDS.length}, minmax(0, 1fr))` }}
        >
          {WORKBENCH_CARDS.map((c) => (
            <div key={c.key}>{c.render({ teamId: state.teamId, asOf })}</div>
          ))}
        </div>
      )}
      <div className="dash-row">
        <FunnelCard state={funnel} scope={scope} periodLabel={label} />
        <TrendCard state={trend} scope={scope} />
      </div>
      <div className="dash-row wide-left">
        <BreakdownCard range={range} teamId={state.teamId} scope={scope} periodLabel={label} />
        <RankingCard range={range} scope={scope} periodLabel={label} />
      </div>
      <WorkloadCard state={workload} scope={scope} />
      <CycleCard state={cycles} scope={scope} periodLabel={label} />
    </div>
  );
}
