import type { KpiCard, RankingRow, TrendMonth } from '@contract/indicators/schema';
import type { ChartOption } from '../../../charts/echarts';
import { CHART_COLORS } from '../../../charts/theme';

const BEHIND = '#c2554b';
const round = (n: number): number => Math.round(n);
const axisMax = (values: number[]): number => Math.max(100, Math.ceil(Math.max(0, ...values) / 20) * 20);

/** The percent-done bars with a line at the share of time elapsed: 时间过半、任务过半 at a glance. */
function percentBars(
  names: string[],
  values: number[],
  behind: boolean[],
  elapsed: number,
  elapsedLabel: string,
): ChartOption {
  return {
    grid: { left: 8, right: 40, top: 26, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: axisMax(values), axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: names, inverse: true, axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        barWidth: 12,
        data: values.map((v, i) => ({
          value: round(v),
          itemStyle: { color: behind[i] ? BEHIND : CHART_COLORS[0] },
        })),
        label: { show: true, position: 'right', formatter: '{c}%', fontSize: 11 },
        markLine: {
          symbol: 'none',
          lineStyle: { color: '#d48806', type: 'dashed', width: 1.5 },
          // The category axis runs top-down (inverse), so the line's start is at the top.
          label: { formatter: elapsedLabel, position: 'start', color: '#d48806' },
          data: [{ xAxis: round(elapsed) }],
        },
      },
    ],
  };
}

export function indicatorChart(cards: KpiCard[], elapsed: number, elapsedLabel: string): ChartOption {
  const shown = cards.filter((c) => c.percentDone !== null);
  return percentBars(
    shown.map((c) => c.name),
    shown.map((c) => c.percentDone ?? 0),
    shown.map((c) => c.behind),
    elapsed,
    elapsedLabel,
  );
}

export function rankingChart(rows: RankingRow[], elapsed: number, elapsedLabel: string): ChartOption {
  const shown = rows.filter((r) => r.percentDone !== null);
  return percentBars(
    shown.map((r) => r.teamName),
    shown.map((r) => r.percentDone ?? 0),
    shown.map((r) => r.behind),
    elapsed,
    elapsedLabel,
  );
}

/** Contract and arrived investment per month as bars, signings as a line on the right axis. */
export function trendChart(
  months: TrendMonth[],
  scale: number,
  labels: { contract: string; arrived: string; signed: string; unit: string; countUnit: string },
): ChartOption {
  const shown = (m: TrendMonth, v: number): number | null =>
    m.reported ? Math.round((v / scale) * 100) / 100 : null;
  return {
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 34, bottom: 4, containLabel: true },
    xAxis: { type: 'category', data: months.map((m) => `${Number(m.month.slice(5))}月`) },
    yAxis: [
      { type: 'value', name: labels.unit },
      { type: 'value', name: labels.countUnit, minInterval: 1, splitLine: { show: false } },
    ],
    series: [
      { name: labels.contract, type: 'bar', data: months.map((m) => shown(m, m.contractAmount)) },
      { name: labels.arrived, type: 'bar', data: months.map((m) => shown(m, m.arrivedAmount)) },
      {
        name: labels.signed,
        type: 'line',
        yAxisIndex: 1,
        data: months.map((m) => (m.reported ? m.signedCount : null)),
        itemStyle: { color: CHART_COLORS[2] },
        label: { show: true, position: 'top', fontSize: 10 },
      },
    ],
  };
}
