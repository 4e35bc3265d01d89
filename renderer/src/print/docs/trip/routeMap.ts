import type { TFunction } from 'i18next';
import { provinceOf, shortName } from '@contract/shared/regions';
import type { LngLat } from '@contract/shared/regions';
import type { TripDossier } from '@contract/reports/schema';
import { VISIT_STATUS_LABELS } from '@contract/trips/schema';
import type { ChartOption } from '../../../charts/echarts';
import { fitView } from '../../../pages/trips/mapView';
import { tripMapOption } from '../../../pages/trips/planner/tripMapOption';

/**
 * The planner's own route map (same option builder, same look) framed on the route, fixed for
 * paper: no roaming, no tooltips.
 */
export function routeMapOption(d: TripDossier, t: TFunction): ChartOption {
  const stops = d.stops.map((s, i) => ({ id: i + 1, name: s.placeName, center: s.center, details: [] }));
  const home = d.home?.center ? { name: shortName(d.home.name), center: d.home.center } : null;
  const points: LngLat[] = [
    ...stops.flatMap((s) => (s.center ? [s.center] : [])),
    ...(home ? [home.center] : []),
  ];
  const option = tripMapOption({
    home,
    returnHome: d.trip.returnHome,
    stops,
    places: d.places,
    provinces: [...new Set(d.stops.map((s) => provinceOf(s.adcode)?.name).filter((n): n is string => !!n))],
    view: fitView(points),
    labels: { home: t('print.trip.home'), returnLeg: '', visitStatus: VISIT_STATUS_LABELS },
  }) as { geo: object } & Record<string, unknown>;
  return { ...option, tooltip: { show: false }, geo: { ...option.geo, roam: false } };
}
