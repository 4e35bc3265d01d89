import { Empty, Spin, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { YearMap } from '@contract/trips/planningSchema';
import { call, errorMessage } from '../../api';
import { ensureChinaMap, MAP_SOURCE } from '../../charts/chinaMap';
import { EChart } from '../../charts/EChart';
import { yearMapOption } from './yearMapOption';

interface Props {
  year: number;
  leaderId: number | null;
  teamId: number | null;
}

/** 招商路线图 of the year: cities sized by visits, with the busiest listed beside the map. */
export function YearMapChart({ year, leaderId, teamId }: Props) {
  const { t } = useTranslation();
  const [map, setMap] = useState<YearMap | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    let live = true;
    Promise.all([call('trips.yearMap', { year, leaderId, teamId }), ensureChinaMap()])
      .then(([m]) => live && setMap(m))
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [year, leaderId, teamId]);

  const option = useMemo(
    () =>
      map &&
      yearMapOption(map, {
        visits: (n) => t('trips.map.visitsAt', { count: n }),
        trips: (n) => t('trips.map.tripsAt', { count: n }),
        home: t('trips.planner.home'),
      }),
    [map, t],
  );

  if (error) return <Typography.Text type="danger">{error}</Typography.Text>;
  if (!map || !option) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (map.cities.length === 0)
    return <Empty description={t('trips.map.yearEmpty')} style={{ marginTop: 80 }} />;
  return (
    <div className="year-map">
      <EChart
        option={option}
        height="100%"
        testId="year-map"
        ariaLabel={`${t('trips.map.yearLabel', { year })}：${map.cities
          .slice(0, 10)
          .map((c) => `${c.name}${c.visits}`)
          .join('、')}`}
      />
      <div className="year-map-side">
        <Typography.Text strong>{t('trips.map.topCities')}</Typography.Text>
        <ol>
          {map.cities.slice(0, 15).map((c) => (
            <li key={c.adcode}>
              <span>{c.name}</span>
              <Typography.Text type="secondary" className="num">
                {t('trips.map.visitsAt', { count: c.visits })} · {t('trips.map.tripsAt', { count: c.trips })}
              </Typography.Text>
            </li>
          ))}
        </ol>
        <Typography.Text type="secondary" className="year-map-note">
          {t('trips.map.note', { source: MAP_SOURCE })}
        </Typography.Text>
      </div>
    </div>
  );
}
