import { Alert, Descriptions, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { BusyAlert, useBusy } from '../../../components/BusyAlert';
import { regionPath } from '@contract/shared/regions';
import type { OneTripTotals, QuietDayWarning } from '@contract/trips/planningSchema';
import type { TripDetail } from '@contract/trips/schema';
import type { I18nKeyUnder } from '../../../i18n/keys';

interface Props {
  trip: TripDetail;
  totals: OneTripTotals | null;
  warnings: QuietDayWarning[];
  t: TFunction;
}

/**
 * Who goes, from where and why; the trip's totals; anyone already away or hosting on these days;
 * any quiet-day rule the plan breaks.
 */
export function TripSummary({ trip, totals, warnings, t }: Props) {
  const f = (k: I18nKeyUnder<'trips.fields'>) => t(`trips.fields.${k}`);
  const none = t('trips.planner.none');
  // A cancelled trip takes nobody anywhere, so it clashes with nothing.
  const busy = useBusy({
    dates: trip.status === 'cancelled' ? null : [trip.startsOn, trip.endsOn],
    staffIds: [trip.leaderId, ...trip.members.map((m) => m.id)],
    exceptTripId: trip.id,
  });
  return (
    <div className="trip-summary">
      {totals && (
        <div className="trip-totals" data-testid="trip-totals">
          <Typography.Text type="secondary">{t('trips.planner.totals')}：</Typography.Text>
          <Typography.Text strong>{totals.text}</Typography.Text>
          {totals.roadFactor !== 1 && (
            <Typography.Text type="secondary">（道路系数 {totals.roadFactor}）</Typography.Text>
          )}
        </div>
      )}
      <Descriptions size="small" column={2} className="trip-facts">
        <Descriptions.Item label={f('leaderName')}>{trip.leaderName ?? none}</Descriptions.Item>
        <Descriptions.Item label={f('teamName')}>{trip.teamName ?? none}</Descriptions.Item>
        <Descriptions.Item label={f('memberIds')}>
          {trip.members.length ? trip.members.map((m) => m.name).join('、') : none}
        </Descriptions.Item>
        <Descriptions.Item label={f('homeAdcode')}>
          {trip.homeAdcode ? regionPath(trip.homeAdcode) : none}
          {trip.homeAdcode && trip.returnHome ? '（往返）' : ''}
        </Descriptions.Item>
        {trip.purpose && (
          <Descriptions.Item label={f('purpose')} span={2}>
            {trip.purpose}
          </Descriptions.Item>
        )}
      </Descriptions>
      <BusyAlert items={busy} />
      {warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="quiet-day-warnings"
          message={t('trips.planner.quietTitle')}
          description={
            <ul className="quiet-list">
              {warnings.map((w) => (
                <li key={`${w.companyId}-${w.month}`}>{w.message}</li>
              ))}
            </ul>
          }
        />
      )}
    </div>
  );
}
