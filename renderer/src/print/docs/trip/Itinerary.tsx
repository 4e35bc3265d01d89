import { useTranslation } from 'react-i18next';
import type { ItineraryDay } from '@contract/reports/schema';
import { EVENT_KIND_LABELS, VISIT_STATUS_LABELS } from '@contract/trips/schema';
import { usePrintFormat } from '../../format';
import { PrintTable } from '../../parts/PrintTable';
import type { I18nKeyUnder } from '../../../i18n/keys';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
const weekday = (iso: string): string => `周${WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]}`;

/**
 * 逐日行程: one row per calendar day, where the team is and whom it meets. Days before the first
 * stop and after the last read as setting out from and returning to `home`.
 */
export function Itinerary({
  days,
  home,
  returnHome,
}: {
  days: ItineraryDay[];
  home: string | null;
  returnHome: boolean;
}) {
  const { t } = useTranslation();
  const f = usePrintFormat();
  const c = (k: I18nKeyUnder<'print.trip.itinerary'>, o: Record<string, unknown> = {}) =>
    t(`print.trip.itinerary.${k}`, o);
  const dated = days.filter((d) => d.date !== null);
  const firstStop = dated.findIndex((d) => d.places.length > 0);
  const lastStop = dated.length - 1 - [...dated].reverse().findIndex((d) => d.places.length > 0);
  const travel = (i: number): string => {
    if (!home || firstStop < 0 || i >= dated.length) return '';
    if (i < firstStop) return c('leave', { home });
    if (i > lastStop && returnHome) return c('back', { home });
    return '';
  };
  return (
    <PrintTable
      testId="itinerary"
      rows={days}
      rowKey={(d) => d.date ?? 'undated'}
      empty={t('print.none')}
      columns={[
        {
          key: 'date',
          title: c('date'),
          width: '17%',
          nowrap: true,
          render: (d) => (d.date ? `${f.shortDate(d.date)} ${weekday(d.date)}` : c('undated')),
        },
        { key: 'place', title: c('place'), width: '20%', render: (d, i) => d.places.join('、') || travel(i) },
        {
          key: 'plan',
          title: c('plan'),
          render: (d, day) => {
            const lines = [
              ...d.events.map((e) => `${EVENT_KIND_LABELS[e.kind]}：${e.title}`),
              ...d.visits.map(
                (v) =>
                  `${v.companyName ?? v.projectName ?? ''}${v.status === 'done' ? `（${VISIT_STATUS_LABELS.done}）` : ''}`,
              ),
            ];
            return lines.length ? (
              lines.map((l, i) => <div key={i}>{l}</div>)
            ) : (
              <span className="pd-note">{travel(day) ? c('onTheRoad') : c('travel')}</span>
            );
          },
        },
      ]}
    />
  );
}
