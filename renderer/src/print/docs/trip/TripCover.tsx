import { useTranslation } from 'react-i18next';
import type { TripDossier } from '@contract/reports/schema';
import { daysInclusive } from '@contract/indicators/period';
import { usePrintEnv } from '../../env';
import { usePrintFormat } from '../../format';
import type { I18nKeyUnder } from '../../../i18n/keys';

/** The dossier's cover: what the trip is, who goes, when, and the route in one line. */
export function TripCover({ d }: { d: TripDossier }) {
  const { t } = useTranslation();
  const f = usePrintFormat();
  const { printedOn } = usePrintEnv();
  const c = (k: I18nKeyUnder<'print.trip.cover'>, o: Record<string, unknown> = {}) =>
    t(`print.trip.cover.${k}`, o);
  const route = [
    d.home?.name,
    ...d.stops.map((s) => s.placeName),
    d.trip.returnHome ? d.home?.name : undefined,
  ]
    .filter(Boolean)
    .join(' → ');
  const rows: [string, string][] = [
    [c('leader'), d.trip.leaderName ?? ''],
    [c('team'), d.trip.teamName ?? ''],
    [c('members'), d.trip.members.map((m) => m.name).join('、')],
    [
      c('dates'),
      c('days', {
        from: f.date(d.trip.startsOn),
        to: f.date(d.trip.endsOn),
        count: daysInclusive(d.trip.startsOn, d.trip.endsOn),
      }),
    ],
    [c('route'), route],
    [c('totals'), d.totalsText],
    [c('visits'), c('visitsCount', { count: d.visits.length })],
    [c('status'), d.statusLabel],
  ];
  if (d.trip.purpose) rows.splice(4, 0, [c('purpose'), d.trip.purpose]);
  return (
    <section className="pd-cover" data-testid="trip-cover">
      <div className="pd-mark" style={{ position: 'static', display: 'inline-block' }}>
        {t('print.internal')}
      </div>
      <div className="pd-cover-kind" style={{ marginTop: '10mm' }}>
        {c('heading')}
      </div>
      <h1 className="pd-title">{d.trip.title}</h1>
      <table className="pd-table pd-cover-table">
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th>{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="pd-sub" style={{ marginTop: '20mm' }}>
        {t('print.printedOn', { date: f.date(printedOn) })}
      </p>
    </section>
  );
}
