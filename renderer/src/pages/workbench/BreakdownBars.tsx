import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreakdownRow } from '@contract/indicators/schema';
import { EChart } from '../../charts/EChart';
import { moneyScale } from '../../format/money';
import { usePrefs } from '../../prefs';

const TOP = 10;

/** The ten largest slices as horizontal bars: signed contract investment beside 在谈 planned investment. */
export function BreakdownBars({
  rows,
  onOpen,
}: {
  rows: BreakdownRow[];
  onOpen(row: BreakdownRow, what: 'signed' | 'talks'): void;
}) {
  const { t } = useTranslation();
  const { moneyUnit } = usePrefs();
  const top = useMemo(() => rows.slice(0, TOP).reverse(), [rows]);
  const option = useMemo(() => {
    const scale = moneyScale(moneyUnit);
    const money = (v: number) => Math.round((v / scale) * 100) / 100;
    return {
      grid: { left: 8, right: 16, top: 28, bottom: 4, containLabel: true },
      legend: { top: 0, left: 0 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (items: { dataIndex: number }[]) => {
          const r = top[items[0]?.dataIndex ?? 0];
          if (!r) return '';
          const unit = t(`money.${moneyUnit}`);
          return [
            `<b>${r.label}</b>`,
            `${t('dashboard.breakdown.signed')}：${t('dashboard.breakdown.count', { count: r.signedCount })}，${money(r.contractAmount).toLocaleString('zh-CN')} ${unit}`,
            `${t('dashboard.breakdown.talks')}：${t('dashboard.breakdown.count', { count: r.talksCount })}，${money(r.talksAmount).toLocaleString('zh-CN')} ${unit}`,
          ].join('<br/>');
        },
      },
      xAxis: { type: 'value', name: t(`money.${moneyUnit}`), splitNumber: 4 },
      yAxis: {
        type: 'category',
        data: top.map((r) => r.label),
        axisLabel: { width: 96, overflow: 'truncate' },
      },
      series: [
        {
          name: t('dashboard.breakdown.signed'),
          type: 'bar',
          barMaxWidth: 12,
          data: top.map((r) => money(r.contractAmount)),
        },
        {
          name: t('dashboard.breakdown.talks'),
          type: 'bar',
          barMaxWidth: 12,
          data: top.map((r) => money(r.talksAmount)),
        },
      ],
    };
  }, [top, moneyUnit, t]);
  return (
    <EChart
      option={option}
      height={300}
      ariaLabel={top
        .map((r) => r.label)
        .reverse()
        .join('、')}
      testId="breakdown-bars"
      onClick={(e) => {
        const row = top[e.dataIndex];
        if (row) onOpen(row, e.seriesIndex === 1 ? 'talks' : 'signed');
      }}
    />
  );
}
