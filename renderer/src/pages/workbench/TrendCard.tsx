import { Card, Skeleton } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrendResult } from '@contract/indicators/schema';
import { EChart } from '../../charts/EChart';
import { CHART_COLORS } from '../../charts/theme';
import { formatTotal, totalsScale, TOTALS_UNIT } from '../../format/totals';
import type { QueryState } from '../../hooks/useQuery';
import { monthUrl, type DrillScope } from './drill';
import { useGo } from './go';

interface Props {
  state: QueryState<TrendResult>;
  scope: DrillScope;
}

/** Month by month: contract investment signed and investment arrived (bars), signings (line). */
export function TrendCard({ state, scope }: Props) {
  const { t } = useTranslation();
  const go = useGo();
  const months = useMemo(() => state.data?.months ?? [], [state.data]);
  const unit = t(`money.${TOTALS_UNIT}`);
  const option = useMemo(() => {
    const scale = totalsScale();
    // Months after the statistics day have nothing to report: a gap, not a zero.
    const money = (v: number, reported: boolean) => (reported ? Math.round((v / scale) * 100) / 100 : null);
    return {
      grid: { left: 8, right: 8, top: 52, bottom: 4, containLabel: true },
      legend: { top: 0, left: 0 },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: unknown) => (typeof v === 'number' ? v.toLocaleString('zh-CN') : '—'),
      },
      xAxis: {
        type: 'category',
        data: months.map((m) => (months.length > 12 ? m.month : `${Number(m.month.slice(5))}月`)),
      },
      yAxis: [
        { type: 'value', name: unit, splitNumber: 4, nameTextStyle: { align: 'left' } },
        {
          type: 'value',
          name: t('dashboard.trend.countAxis'),
          splitLine: { show: false },
          minInterval: 1,
          nameTextStyle: { align: 'right' },
        },
      ],
      series: [
        {
          name: t('dashboard.trend.contract'),
          type: 'bar',
          barMaxWidth: 18,
          data: months.map((m) => money(m.contractAmount, m.reported)),
        },
        {
          name: t('dashboard.trend.arrived'),
          type: 'bar',
          barMaxWidth: 18,
          data: months.map((m) => money(m.arrivedAmount, m.reported)),
        },
        {
          name: t('dashboard.trend.signedCount'),
          type: 'line',
          yAxisIndex: 1,
          color: CHART_COLORS[2],
          data: months.map((m) => (m.reported ? m.signedCount : null)),
        },
      ],
    };
  }, [months, t, unit]);
  const total = months.reduce((s, m) => s + m.contractAmount, 0);
  return (
    <Card size="small" title={t('dashboard.trend.title')} data-testid="trend">
      {!state.data ? (
        <Skeleton active />
      ) : (
        <EChart
          option={option}
          height={300}
          ariaLabel={`${t('dashboard.trend.title')}：${t('dashboard.trend.contract')} ${formatTotal(total)}${unit}`}
          onClick={(e) => {
            const m = months[e.dataIndex];
            // The 实到 bars open the month's arrivals; the others its signings.
            const what = e.seriesIndex === 1 ? 'arrived' : 'signed';
            const month = t('dashboard.period.monthLabel', {
              year: m?.month.slice(0, 4),
              n: Number(m?.month.slice(5)),
            });
            if (m) go(monthUrl(m.month, scope, t(`dashboard.drill.${what}Month`, { month }), what));
          }}
        />
      )}
    </Card>
  );
}
