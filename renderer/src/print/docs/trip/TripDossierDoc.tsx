import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TripDossier } from '@contract/reports/schema';
import { MAP_SOURCE } from '../../../charts/chinaMap';
import { usePrintFormat } from '../../format';
import { PrintChart } from '../../parts/PrintChart';
import { PrintTable } from '../../parts/PrintTable';
import { Section } from '../../parts/Section';
import { CompanyBriefDoc } from '../company/CompanyBriefDoc';
import { Itinerary } from './Itinerary';
import { routeMapOption } from './routeMap';
import { TripCover } from './TripCover';
import type { I18nKeyUnder } from '../../../i18n/keys';

/** 出访手册: cover, route map with its stops, itinerary by day, then each company's one-pager in visit order. */
export function TripDossierDoc({ d }: { d: TripDossier }) {
  const { t } = useTranslation();
  const f = usePrintFormat();
  const c = (k: I18nKeyUnder<'print.trip'>, o: Record<string, unknown> = {}) => t(`print.trip.${k}`, o);
  const option = useMemo(() => routeMapOption(d, t), [d, t]);
  const placed = d.stops.filter((s) => s.center);

  return (
    <>
      <TripCover d={d} />
      <div className="pd-page">
        <Section no={1} title={c('sections.map')}>
          {placed.length ? (
            <>
              <PrintChart
                option={option}
                width={680}
                height={400}
                raster
                label={`${c('sections.map')}：${d.stops.map((s) => `${s.seq}.${s.placeName}`).join(' → ')}`}
              />
              <p className="pd-note" data-testid="map-note">
                {c('mapNote', { source: MAP_SOURCE })}
              </p>
            </>
          ) : (
            <p className="pd-note">{c('noStops')}</p>
          )}
          <PrintTable
            testId="stops"
            rows={d.stops}
            rowKey={(s) => s.seq}
            empty={t('print.none')}
            columns={[
              { key: 'no', title: c('stop.no'), width: '8%', num: true, render: (s) => s.seq },
              { key: 'place', title: c('stop.place'), render: (s) => s.placeName },
              {
                key: 'arrive',
                title: c('stop.arrive'),
                width: '18%',
                nowrap: true,
                render: (s) => f.shortDate(s.arriveOn),
              },
              {
                key: 'depart',
                title: c('stop.depart'),
                width: '18%',
                nowrap: true,
                render: (s) => f.shortDate(s.departOn),
              },
              {
                key: 'visits',
                title: c('stop.visits'),
                width: '14%',
                num: true,
                render: (s) => s.visitCount,
              },
            ]}
          />
        </Section>
        {/* After the map and its short table, so the days can run on over pages without leaving one empty. */}
        <Section no={2} title={c('sections.itinerary')}>
          <Itinerary days={d.days} home={d.home?.name ?? null} returnHome={d.trip.returnHome} />
        </Section>
      </div>
      {d.visits.map((v) => (
        <div className="pd-page" key={v.brief.company.id}>
          <CompanyBriefDoc
            brief={v.brief}
            sub={[
              c('visitHead', { no: v.stopNo, place: v.placeName }),
              v.plannedOn ? c('planned', { date: f.shortDate(v.plannedOn) }) : '',
            ]
              .filter(Boolean)
              .join(' · ')}
          />
        </div>
      ))}
    </>
  );
}
