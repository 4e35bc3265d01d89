import type { Timeline, TimelineTrip } from '@contract/trips/planningSchema';
import type { TripStatus } from '@contract/trips/schema';
import { echarts, type ChartOption } from '../../charts/echarts';
import { escapeHtml } from './mapView';
import { TRIP_STATUS_COLORS } from './tripColumns';

const CLASH = '#c2554b';
const DAY = 86_400_000;

export type TimelineRows = 'leader' | 'team';

export interface TimelineLabels {
  status: Record<TripStatus, string>;
  none: string;
  today: string;
  clashWith(names: string): string;
}

const rowOf = (trip: TimelineTrip, by: TimelineRows, none: string): string =>
  (by === 'leader' ? trip.leaderName : trip.teamName) ?? none;

/** Rows of the chart, in the order the first trip of each appears. */
export function timelineRows(tl: Timeline, by: TimelineRows, none: string): string[] {
  return [...new Set(tl.trips.map((t) => rowOf(t, by, none)))];
}

interface RenderApi {
  value(i: number): number;
  coord(v: [number, number]): [number, number];
  size(v: [number, number]): [number, number];
}
interface RenderParams {
  dataIndex: number;
  coordSys: { x: number; y: number; width: number; height: number };
}

/**
 * One bar per trip from its first to its last day, a row per leader (or team). A trip that puts
 * someone in two places at once is drawn in red, with who and with which trip in its tooltip.
 */
export function timelineOption(
  tl: Timeline,
  year: number,
  by: TimelineRows,
  labels: TimelineLabels,
  /** The reference day, marked on the axis when it falls in the year. */
  today: string,
): ChartOption {
  const rows = timelineRows(tl, by, labels.none);
  const clashing = new Map<number, Set<string>>();
  const titles = new Map(tl.trips.map((t) => [t.id, t.title]));
  for (const c of tl.clashes) {
    for (const [self, other] of [c.tripIds, [c.tripIds[1], c.tripIds[0]]] as const) {
      const set = clashing.get(self) ?? new Set<string>();
      set.add(`${c.staffName}（${titles.get(other) ?? ''}）`);
      clashing.set(self, set);
    }
  }
  const data = tl.trips.map((t) => {
    const clash = clashing.get(t.id);
    const lines = [
      `${t.startsOn} — ${t.endsOn}`,
      labels.status[t.status],
      ...(clash ? [labels.clashWith([...clash].join('、'))] : []),
    ];
    return {
      value: [rows.indexOf(rowOf(t, by, labels.none)), Date.parse(t.startsOn), Date.parse(t.endsOn) + DAY],
      title: t.title,
      fill: clash ? CLASH : TRIP_STATUS_COLORS[t.status],
      tip: [`<b>${escapeHtml(t.title)}</b>`, ...lines.map(escapeHtml)].join('<br/>'),
    };
  });
  return {
    tooltip: { trigger: 'item', formatter: (p: { data?: { tip?: string } }) => p.data?.tip ?? '' },
    grid: { left: 100, right: 24, top: 16, bottom: 32 },
    xAxis: {
      type: 'time',
      min: Date.parse(`${year}-01-01`),
      max: Date.parse(`${year + 1}-01-01`),
      splitNumber: 12,
      axisLabel: {
        formatter: (v: number) => `${new Date(v).getMonth() + 1}月`,
        showMinLabel: true,
        // The axis ends on 1 January of the next year: a second '1月' there would confuse.
        showMaxLabel: false,
      },
      splitLine: { show: true },
    },
    yAxis: { type: 'category', data: rows, inverse: true, axisTick: { show: false } },
    series: [
      {
        type: 'custom',
        encode: { x: [1, 2], y: 0 },
        data,
        markLine:
          today >= `${year}-01-01` && today <= `${year}-12-31`
            ? {
                silent: true,
                symbol: 'none',
                lineStyle: { color: '#c2554b', type: 'dashed', width: 1 },
                label: { formatter: labels.today, color: '#c2554b' },
                data: [{ xAxis: Date.parse(today) }],
              }
            : undefined,
        renderItem: (params: RenderParams, api: RenderApi) => {
          const item = data[params.dataIndex]!;
          const start = api.coord([api.value(1), api.value(0)]);
          const end = api.coord([api.value(2), api.value(0)]);
          const height = Math.min(22, api.size([0, 1])[1] * 0.62);
          const shape = echarts.graphic.clipRectByRect(
            { x: start[0], y: start[1] - height / 2, width: Math.max(2, end[0] - start[0]), height },
            params.coordSys,
          );
          if (!shape) return null;
          return {
            type: 'rect',
            shape: { ...shape, r: 3 },
            style: { fill: item.fill, opacity: 0.9 },
            textContent: {
              style: {
                text: item.title,
                fill: '#fff',
                fontSize: 11,
                width: shape.width - 8,
                overflow: 'truncate',
              },
              ignore: shape.width < 48,
            },
            textConfig: { position: 'insideLeft' },
          };
        },
      },
    ],
  };
}
