import { Button, Popover, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodTotals, TotalsGroup } from '@contract/trips/planningSchema';
import { call, errorMessage } from '../../api';
import { yearRange } from './period';

interface Props {
  year: number;
  leaderId: number | null;
  teamId: number | null;
}

function GroupList({ groups }: { groups: TotalsGroup[] }) {
  return (
    <div className="trip-groups">
      {groups.map((g) => (
        <div key={String(g.id)}>
          <Typography.Text strong>{g.name}</Typography.Text>
          <Typography.Text type="secondary">：{g.text}</Typography.Text>
        </div>
      ))}
    </div>
  );
}

/** The year in one sentence, the way the monthly report puts it, with the breakdown on demand. */
export function TripsBanner({ year, leaderId, teamId }: Props) {
  const { t } = useTranslation();
  const [totals, setTotals] = useState<PeriodTotals | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    let live = true;
    call('trips.totals', { ...yearRange(year), leaderId, teamId })
      .then((r) => live && setTotals(r))
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [year, leaderId, teamId]);

  if (error) return <Typography.Text type="danger">{error}</Typography.Text>;
  if (!totals) return <Skeleton.Input active size="small" style={{ width: 480 }} />;
  const empty = totals.totals.trips === 0;
  return (
    <div className="trip-banner" data-testid="trip-banner">
      <span className="trip-banner-year">{t('trips.year', { year })}</span>
      <span className="trip-banner-text">{empty ? t('trips.bannerEmpty', { year }) : totals.text}</span>
      {totals.plannedTrips > 0 && (
        <Typography.Text type="secondary">
          （{t('trips.bannerPlanned', { count: totals.plannedTrips })}）
        </Typography.Text>
      )}
      {!empty && (
        <span className="trip-banner-more">
          <Popover
            content={<GroupList groups={totals.byLeader} />}
            title={t('trips.byLeader')}
            placement="bottomRight"
          >
            <Button size="small" type="link">
              {t('trips.byLeader')}
            </Button>
          </Popover>
          <Popover
            content={<GroupList groups={totals.byTeam} />}
            title={t('trips.byTeam')}
            placement="bottomRight"
          >
            <Button size="small" type="link">
              {t('trips.byTeam')}
            </Button>
          </Popover>
        </span>
      )}
    </div>
  );
}
