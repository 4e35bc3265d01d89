import { Alert, App, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { elapsedRange } from '@contract/indicators/period';
import { todayLocal } from '@contract/shared/time';
import { formatDateZh } from '../../format/date';
import { useQuery } from '../../hooks/useQuery';
import { FigureSourceNote, FigureSourceSwitch, useOfficeSwitch } from '../../office/FigureSourceSwitch';
import { useFigures } from '../../office/useFigures';
import { navigate, useRoute } from '../../router';
import { BreakdownCard } from './BreakdownCard';
import { CycleCard } from './CycleCard';
import { DoubleHalfBadge } from './DoubleHalfBadge';
import type { DrillScope } from './drill';
import { FollowLinkProvider, go } from './go';
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
  const { message } = App.useApp();
  const asked = readPeriod(route.params, today);
  // 全办公室 only where this laptop is a 小分队 member's linked to the office server; it counts the
  // whole office, so the laptop's own team filter (its ids are not the server's) is set aside.
  const offered = useOfficeSwitch();
  const source = offered ? asked.source : 'local';
  const office = source === 'office';
  const state = office ? { ...asked, teamId: null } : asked;
  const change = (s: PeriodState) => navigate('/workbench', writePeriod(s));
  const range = rangeOf(state);
  const input = { ...range, teamId: state.teamId };
  const kpis = useFigures('indicators.kpis', input, source);
  const funnel = useFigures('indicators.funnel', input, source);
  const trend = useFigures('indicators.trend', input, source);
  const workload = useFigures('indicators.workload', input, source);
  const cycles = useFigures('indicators.cycleTimes', input, source);
  const teams = useQuery('teams.list', { activeOnly: true });
  // Office figures count rows this laptop may not hold, under the server's ids: no drill-down.
  const follow = (url: string) =>
    !office || url.startsWith('#/targets') ? go(url) : void message.info(t('officeFigures.noDrill'));
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
        {offered && (
          <FigureSourceSwitch value={source} onChange={(src) => change({ ...asked, source: src })} />
        )}
        <Select
          value={state.teamId ?? 0}
          disabled={office}
          title={office ? t('officeFigures.teamFilterOff') : undefined}
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
      {office && (
        <div className="figure-source-line">
          <FigureSourceNote office={kpis.office} loading={kpis.loading} />
        </div>
      )}
      {office && kpis.error ? (
        <Alert type="warning" showIcon message={kpis.error} data-testid="office-figures-error" />
      ) : (
        <FollowLinkProvider value={follow}>
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
            <BreakdownCard
              range={range}
              teamId={state.teamId}
              scope={scope}
              periodLabel={label}
              source={source}
            />
            <RankingCard range={range} scope={scope} periodLabel={label} source={source} />
          </div>
          <WorkloadCard state={workload} scope={scope} />
          <CycleCard state={cycles} scope={scope} periodLabel={label} />
        </FollowLinkProvider>
      )}
    </div>
  );
}
