import { Alert, Empty, Segmented, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Timeline } from '@contract/trips/planningSchema';
import { TRIP_STATUS_LABELS } from '@contract/trips/schema';
import { call, errorMessage } from '../../api';
import { EChart } from '../../charts/EChart';
import { formatDateZh } from '../../format/date';
import { navigate } from '../../router';
import { timelineOption, timelineRows, type TimelineRows } from './timelineOption';

interface Props {
  year: number;
  leaderId: number | null;
  teamId: number | null;
}

/** The year's trips as bars per leader or team; people booked on two trips at once in red. */
export function TimelineChart({ year, leaderId, teamId }: Props) {
  const { t } = useTranslation();
  const [tl, setTl] = useState<Timeline | null>(null);
  const [by, setBy] = useState<TimelineRows>('leader');
  const [error, setError] = useState('');
  const none = t('trips.planner.none');

  useEffect(() => {
    let live = true;
    call('trips.timeline', { year, leaderId, teamId })
      .then((r) => live && setTl(r))
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [year, leaderId, teamId]);

  const option = useMemo(
    () =>
      tl &&
      timelineOption(
        tl,
        year,
        by,
        {
          status: TRIP_STATUS_LABELS,
          none,
          today: t('trips.timeline.today'),
          clashWith: (names) => `${t('trips.timeline.clashes')}：${names}`,
        },
        dayjs().format('YYYY-MM-DD'),
      ),
    [tl, year, by, none, t],
  );

  if (error) return <Typography.Text type="danger">{error}</Typography.Text>;
  if (!tl || !option) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (tl.trips.length === 0)
    return <Empty description={t('trips.timeline.empty')} style={{ marginTop: 80 }} />;
  const titles = new Map(tl.trips.map((x) => [x.id, x.title]));
  const rows = timelineRows(tl, by, none).length;
  return (
    <div className="trip-timeline">
      <Segmented<TimelineRows>
        value={by}
        onChange={setBy}
        options={[
          { value: 'leader', label: t('trips.byLeader') },
          { value: 'team', label: t('trips.byTeam') },
        ]}
      />
      <EChart
        option={option}
        height={Math.max(160, rows * 34 + 56)}
        testId="trip-timeline"
        ariaLabel={t('trips.timeline.label', { year })}
        onClick={(e) => {
          const trip = tl.trips[e.dataIndex];
          if (trip) navigate(`/trips/${trip.id}`);
        }}
      />
      <Typography.Title level={5}>{t('trips.timeline.clashes')}</Typography.Title>
      {tl.clashes.length === 0 ? (
        <Typography.Text type="secondary">{t('trips.timeline.noClash')}</Typography.Text>
      ) : (
        <Alert
          type="error"
          showIcon
          data-testid="trip-clashes"
          message={
            <ul className="quiet-list">
              {tl.clashes.map((c) => (
                <li key={`${c.staffId}-${c.tripIds.join('-')}`}>
                  {t('trips.timeline.clash', {
                    name: c.staffName,
                    from: formatDateZh(c.from),
                    to: formatDateZh(c.to),
                    a: titles.get(c.tripIds[0]),
                    b: titles.get(c.tripIds[1]),
                  })}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </div>
  );
}
