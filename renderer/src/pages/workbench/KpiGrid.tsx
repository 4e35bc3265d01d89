import { Alert, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { isWholeYear } from '@contract/indicators/period';
import type { KpiResult } from '@contract/indicators/schema';
import type { QueryState } from '../../hooks/useQuery';
import { kpiUrl, type DrillScope } from './drill';
import { useGo } from './go';
import { KpiCard } from './KpiCard';

interface Props {
  state: QueryState<KpiResult>;
  scope: DrillScope;
  /** e.g. "2026年" or "2026年第二季度", for the drill-down's label. */
  periodLabel: string;
  teamName: string | null;
}

export function KpiGrid({ state, scope, periodLabel, teamName }: Props) {
  const { t } = useTranslation();
  const go = useGo();
  if (state.error)
    return <Alert type="error" showIcon message={t('dashboard.loadFailed', { message: state.error })} />;
  const data = state.data;
  if (!data) return <Skeleton active paragraph={{ rows: 4 }} />;
  const prorated = !isWholeYear(data.period);
  const year = data.period.to.slice(0, 4);
  return (
    <div className="dash-kpis" data-testid="kpi-grid">
      {data.cards.map((kpi) => {
        const what = `${kpi.name}（${periodLabel}）`;
        const url = kpiUrl(
          kpi.code,
          scope,
          teamName ? t('dashboard.drill.team', { team: teamName, what }) : what,
        );
        return (
          <KpiCard
            key={kpi.code}
            kpi={kpi}
            prorated={prorated}
            onOpen={() => go(url)}
            onSetTarget={() => go(`#/targets?y=${year}`)}
          />
        );
      })}
    </div>
  );
}
