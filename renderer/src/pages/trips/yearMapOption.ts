import type { YearMap } from '@contract/trips/planningSchema';
import { CHINA_MAP, SOUTH_SEA_REGION } from '../../charts/chinaMap';
import type { ChartOption } from '../../charts/echarts';
import { CHART_COLORS } from '../../charts/theme';
import { escapeHtml } from './mapView';

/** Circle area grows with visits; a city only passed through still shows as a small dot. */
export const citySize = (visits: number): number => Math.min(44, 7 + Math.sqrt(visits) * 5);

/**
 * All the year's trips on one map: each city a circle sized by the visits made or planned there,
 * the busiest named, every route a faint line, home marked.
 */
export function yearMapOption(
  map: YearMap,
  labels: { visits(n: number): string; trips(n: number): string; home: string },
): ChartOption {
  const named = new Set(map.cities.slice(0, 12).map((c) => c.adcode));
  return {
    tooltip: { trigger: 'item', formatter: (p: { data?: { tip?: string } }) => p.data?.tip ?? '' },
    geo: {
      // The whole country with its 南海诸岛 inset, as the year's 招商路线图 is shown and printed;
      // a reader zooms into a region by scrolling.
      map: CHINA_MAP,
      roam: true,
      scaleLimit: { min: 0.8, max: 30 },
      label: { show: false },
      emphasis: { label: { show: true, color: '#5c6675' } },
      regions: [SOUTH_SEA_REGION],
    },
    series: [
      {
        type: 'lines',
        coordinateSystem: 'geo',
        polyline: true,
        silent: true,
        lineStyle: { color: CHART_COLORS[0], width: 1, opacity: 0.22 },
        data: map.routes.filter((r) => r.points.length > 1).map((r) => ({ coords: r.points })),
      },
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        itemStyle: { color: CHART_COLORS[0], opacity: 0.78, borderColor: '#fff', borderWidth: 1 },
        label: { show: true, position: 'right', color: '#1d2530', fontSize: 11, formatter: '{b}' },
        labelLayout: { hideOverlap: true },
        data: map.cities.map((c) => ({
          name: named.has(c.adcode) ? c.name : '',
          value: c.center,
          symbolSize: citySize(c.visits),
          tip: `<b>${escapeHtml(c.name)}</b><br/>${labels.visits(c.visits)}，${labels.trips(c.trips)}`,
        })),
      },
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        symbol: 'pin',
        symbolSize: 28,
        itemStyle: { color: '#c2554b' },
        data: map.homeCenter ? [{ value: map.homeCenter, tip: labels.home }] : [],
      },
    ],
  };
}
