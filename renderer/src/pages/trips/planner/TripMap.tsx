import { Button, Spin, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { provinceOf, regionByAdcode, shortName } from '@contract/shared/regions';
import type { VisitPlace } from '@contract/trips/planningSchema';
import { VISIT_STATUS_LABELS, type TripDetail } from '@contract/trips/schema';
import { ensureChinaMap, REGION_MAP } from '../../../charts/chinaMap';
import { EChart, type ChartClick } from '../../../charts/EChart';
import { echarts } from '../../../charts/echarts';
import { formatDateZh } from '../../../format/date';
import { featureView, fitView, type MapView } from '../mapView';
import { tripMapOption, type MapStop } from './tripMapOption';

interface Props {
  trip: TripDetail;
  places: VisitPlace[];
  height: number | string;
}

const dates = (a: string | null, b: string | null): string =>
  a && b && a !== b ? `${formatDateZh(a)} — ${formatDateZh(b)}` : formatDateZh(a ?? b);

/** The trip's route on the offline provinces map; a click on a province zooms to it. */
export function TripMap({ trip, places, height }: Props) {
  const { t } = useTranslation();
  const [ready, setReady] = useState(false);
  const [focus, setFocus] = useState<MapView | null>(null);
  useEffect(() => {
    void ensureChinaMap().then(() => setReady(true));
  }, []);

  const stops: MapStop[] = useMemo(
    () =>
      trip.stops.map((s) => ({
        id: s.id,
        name: s.placeName,
        center: regionByAdcode(s.adcode)?.center ?? null,
        details: [
          dates(s.arriveOn, s.departOn),
          ...s.visits.map(
            (v) => `${v.companyName ?? v.projectName ?? ''}（${VISIT_STATUS_LABELS[v.status]}）`,
          ),
          ...s.events.map((e) => `${t(`trips.eventKinds.${e.kind}`)}：${e.title}`),
        ].filter(Boolean),
      })),
    [trip.stops, t],
  );
  const home = useMemo(() => {
    const r = trip.homeAdcode == null ? undefined : regionByAdcode(trip.homeAdcode);
    return r ? { name: shortName(r.name), center: r.center } : null;
  }, [trip.homeAdcode]);
  const fitted = useMemo(
    () => fitView([...stops.flatMap((s) => (s.center ? [s.center] : [])), ...(home ? [home.center] : [])]),
    [stops, home],
  );
  const option = useMemo(
    () =>
      tripMapOption({
        home,
        returnHome: trip.returnHome,
        stops,
        places,
        provinces: [
          ...new Set(trip.stops.map((s) => provinceOf(s.adcode)?.name).filter((n): n is string => !!n)),
        ],
        view: focus ?? fitted,
        labels: {
          home: t('trips.planner.home'),
          returnLeg: t('trips.fields.returnHome'),
          visitStatus: VISIT_STATUS_LABELS,
        },
      }),
    [home, trip.returnHome, trip.stops, stops, places, focus, fitted, t],
  );

  const zoomTo = (e: ChartClick & { componentType?: string }) => {
    if (e.componentType !== 'geo') return;
    const geo = (echarts.getMap(REGION_MAP) as { geoJSON?: unknown } | undefined)?.geoJSON as
      { features: { properties: { name: string }; geometry: { coordinates: unknown } }[] } | undefined;
    const feature = geo?.features.find((f) => f.properties.name === e.name);
    if (feature) setFocus(featureView(feature.geometry));
  };

  if (!ready) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  return (
    <div className="trip-map">
      <div className="trip-map-tools">
        <Typography.Text type="secondary">
          {stops.length ? t('trips.map.hint') : t('trips.map.empty')}
        </Typography.Text>
        <Button size="small" onClick={() => setFocus(focus ? null : { center: undefined, zoom: 1 })}>
          {focus ? t('trips.planner.stops') : t('trips.map.reset')}
        </Button>
      </div>
      <EChart
        option={option}
        height={height}
        ariaLabel={`${t('trips.map.label')}：${stops.map((s, i) => `${i + 1}.${s.name}`).join(' → ')}`}
        testId="trip-map"
        onClick={zoomTo}
      />
    </div>
  );
}
