import { Alert } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusyItem } from '@contract/trips/planningSchema';
import { call } from '../api';

interface Plan {
  /** A range picker's value, or a saved plan's ISO days. */
  dates: [Dayjs, Dayjs] | [string, string] | null | undefined;
  staffIds: (number | null | undefined)[];
  exceptTripId?: number;
  exceptReceptionId?: number;
}

/**
 * Who of these people is already away on another trip or hosting a delegation on these days,
 * asked again whenever the dates or the people change. Only a warning: plans do overlap on
 * purpose now and then, but never without the planner having seen it.
 */
export function useBusy({ dates, staffIds, exceptTripId, exceptReceptionId }: Plan): BusyItem[] {
  const ids = [...new Set(staffIds.filter((x): x is number => typeof x === 'number'))].sort((a, b) => a - b);
  const [startsOn, endsOn] = (dates ?? []).map((d) => (typeof d === 'string' ? d : d?.format('YYYY-MM-DD')));
  const asked =
    startsOn && endsOn && ids.length
      ? JSON.stringify([startsOn, endsOn, ids, exceptTripId, exceptReceptionId])
      : '';
  // The answer remembers its question, so a stale answer never shows under a changed plan.
  const [answer, setAnswer] = useState<{ asked: string; items: BusyItem[] }>({ asked: '', items: [] });
  useEffect(() => {
    if (!asked) return;
    const [from, to, staff, tripId, receptionId] = JSON.parse(asked) as [
      string,
      string,
      number[],
      number?,
      number?,
    ];
    let stale = false;
    call('trips.busy', {
      startsOn: from,
      endsOn: to,
      staffIds: staff,
      ...(tripId ? { exceptTripId: tripId } : {}),
      ...(receptionId ? { exceptReceptionId: receptionId } : {}),
    })
      .then((items) => {
        if (!stale) setAnswer({ asked, items });
      })
      .catch(() => {
        if (!stale) setAnswer({ asked, items: [] });
      });
    return () => {
      stale = true;
    };
  }, [asked]);
  return asked && answer.asked === asked ? answer.items : [];
}

/** The clashes as one warning box; nothing when there are none. */
export function BusyAlert({ items }: { items: BusyItem[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="busy-warning"
      style={{ marginBottom: 12 }}
      message={t('trips.busyTitle')}
      description={
        <ul className="busy-list">
          {items.map((b) => (
            <li key={`${b.kind}-${b.refId}-${b.staffId}`}>{b.message}</li>
          ))}
        </ul>
      }
    />
  );
}
