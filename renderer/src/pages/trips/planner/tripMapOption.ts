import type { LngLat } from '@contract/shared/regions';
import type { VisitPlace } from '@contract/trips/planningSchema';
import type { VisitStatus } from '@contract/trips/schema';
import { CHINA_MAP, mapFor, SOUTH_SEA_REGION } from '../../../charts/chinaMap';
import type { ChartOption } from '../../../charts/echarts';
import { CHART_COLORS } from '../../../charts/theme';
import { escapeHtml, type MapView } from '../mapView';

export interface MapStop {
  id: number;
  name: string;
  center: LngLat | null;
  /** Lines for the tooltip: dates, visits, events. */
  details: string[];
}

export interface TripMapInput {
  home: { name: string; center: LngLat } | null;
  returnHome: boolean;
  stops: MapStop[];
  places: VisitPlace[];
  /** Provinces the route passes through, filled lightly. */
  provinces: string[];
  view: MapView;
  labels: { home: string; returnLeg: string; visitStatus: Record<VisitStatus, string> };
}

const ROUTE = CHART_COLORS[0] ?? '#1f5fa8';
const HOME = '#c2554b';
const VISIT_COLORS: Record<VisitStatus, string> = {
  done: '#52a447',
  planned: '#d48806',
  cancelled: '#b0b0b0',
};

/**
 * An arrowhead halfway along each leg: at the end of a line it would hide under the numbered
 * stop. The geo view draws longitude at 0.75 of latitude's scale, hence the factor.
 */
function arrows(legs: { coords: LngLat[] }[], color: string) {
  return legs
    .map(({ coords: [a, b] }) => ({ a: a!, b: b! }))
    .filter(({ a, b }) => Math.hypot(b[0] - a[0], b[1] - a[1]) > 0.05)
    .map(({ a, b }) => ({
      value: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2],
      symbolRotate: (Math.atan2(b[1] - a[1], (b[0] - a[0]) * 0.75) * 180) / Math.PI - 90,
      itemStyle: { color },
    }));
}

const tip = (title: string, lines: string[]): string =>
  [`<b>${escapeHtml(title)}</b>`, ...lines.map(escapeHtml)].join('<br/>');

/**
 * The trip on the provinces map: numbered stops joined in order by arrowed lines, the legs from
 * and back home dashed, and each company visited as a small point coloured by the visit's status.
 */
export function tripMapOption(input: TripMapInput): ChartOption {
  const whole = mapFor(input.view) === CHINA_MAP;
  const placed = input.stops.filter((s): s is MapStop & { center: LngLat } => s.center !== null);
  const legs: { coords: LngLat[] }[] = placed
    .slice(1)
    .map((s, i) => ({ coords: [placed[i]!.center, s.center] }));
  const homeLegs: { coords: LngLat[] }[] =
    input.home && placed.length
      ? [
          { coords: [input.home.center, placed[0]!.center] },
          ...(input.returnHome ? [{ coords: [placed[placed.length - 1]!.center, input.home.center] }] : []),
        ]
      : [];
  return {
    tooltip: { trigger: 'item', formatter: (p: { data?: { tip?: string } }) => p.data?.tip ?? '' },
    geo: {
      map: mapFor(input.view),
      roam: true,
      // A route across the whole country shows all of it, with the 南海诸岛 inset.
      center: whole ? undefined : input.view.center,
      zoom: input.view.zoom,
      scaleLimit: { min: 0.8, max: 60 },
      label: { show: false },
      emphasis: { label: { show: true, color: '#5c6675' } },
      regions: [
        ...input.provinces.map((name) => ({ name, itemStyle: { areaColor: '#e3ecf7' } })),
        ...(whole ? [SOUTH_SEA_REGION] : []),
      ],
    },
    series: [
      {
        name: 'route',
        type: 'lines',
        coordinateSystem: 'geo',
        lineStyle: { color: ROUTE, width: 2.5, opacity: 0.9 },
        data: legs,
        silent: true,
        z: 3,
      },
      {
        name: 'home',
        type: 'lines',
        coordinateSystem: 'geo',
        lineStyle: { color: '#8a93a0', width: 1.5, type: 'dashed' },
        data: homeLegs,
        silent: true,
        z: 2,
      },
      {
        name: 'arrows',
        type: 'scatter',
        coordinateSystem: 'geo',
        symbol: 'arrow',
        symbolSize: [11, 13],
        silent: true,
        z: 3,
        data: [...arrows(legs, ROUTE), ...arrows(homeLegs, '#8a93a0')],
      },
      {
        name: 'companies',
        type: 'scatter',
        coordinateSystem: 'geo',
        symbolSize: 7,
        z: 4,
        data: input.places
          .filter((p) => p.center)
          .map((p) => ({
            value: p.center,
            itemStyle: { color: VISIT_COLORS[p.status], borderColor: '#fff', borderWidth: 1 },
            tip: tip(p.companyName ?? '', [
              input.labels.visitStatus[p.status],
              ...(p.plannedOn ? [p.plannedOn] : []),
            ]),
          })),
      },
      {
        name: 'stops',
        type: 'scatter',
        coordinateSystem: 'geo',
        symbolSize: 24,
        z: 5,
        itemStyle: { color: ROUTE, borderColor: '#fff', borderWidth: 2 },
        label: {
          show: true,
          position: 'inside',
          color: '#fff',
          fontWeight: 600,
          fontSize: 12,
          formatter: '{@[2]}',
        },
        labelLayout: { hideOverlap: false },
        data: placed.map((s, i) => ({
          value: [...s.center, i + 1],
          tip: tip(`${i + 1}. ${s.name}`, s.details),
        })),
      },
      {
        name: 'stopNames',
        type: 'scatter',
        coordinateSystem: 'geo',
        symbolSize: 0,
        silent: true,
        z: 5,
        label: {
          show: true,
          position: 'right',
          distance: 14,
          color: '#1d2530',
          fontSize: 12,
          formatter: '{b}',
        },
        labelLayout: { hideOverlap: true },
        data: placed.map((s) => ({ name: s.name, value: s.center })),
      },
      {
        name: 'homePoint',
        type: 'scatter',
        coordinateSystem: 'geo',
        symbol: 'pin',
        symbolSize: 30,
        z: 6,
        itemStyle: { color: HOME },
        label: { show: true, position: 'top', color: HOME, fontWeight: 600, formatter: '{b}' },
        data: input.home
          ? [
              {
                name: `${input.labels.home}：${input.home.name}`,
                value: input.home.center,
                tip: tip(
                  `${input.labels.home}：${input.home.name}`,
                  input.returnHome ? [input.labels.returnLeg] : [],
                ),
              },
            ]
          : [],
      },
    ],
  };
}
