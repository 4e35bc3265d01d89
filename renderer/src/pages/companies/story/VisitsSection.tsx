import { Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CompanyStory, CompanyTripVisit } from '@contract/companyStory/schema';
import type { ReceptionRow } from '@contract/receptions/schema';
import { VISIT_STATUS_LABELS } from '@contract/trips/schema';
import { formatDateZh } from '../../../format/date';
import { navigate } from '../../../router';
import { SectionHead } from './SectionHead';
import type { I18nKeyUnder } from '../../../i18n/keys';

const span = (from: string, to: string) =>
  from === to ? formatDateZh(from) : `${formatDateZh(from)}—${formatDateZh(to).replace(/^\d+年/, '')}`;

/** 外出招商 trips that visit the company, and the delegations it sent here. */
export function VisitsSection({ story }: { story: CompanyStory }) {
  const { t } = useTranslation();
  const s = (k: I18nKeyUnder<'companies.story'>, o: Record<string, unknown> = {}) =>
    t(`companies.story.${k}`, o);
  const col = (k: I18nKeyUnder<'companies.story.columns'>) => s(`columns.${k}`);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <section>
        <SectionHead title={s('trips')} count={story.counts.trips} />
        <div data-testid="company-trips">
          <Table<CompanyTripVisit>
            size="small"
            rowKey="visitId"
            pagination={false}
            dataSource={story.tripVisits}
            locale={{ emptyText: s('noTrips') }}
            columns={[
              {
                title: col('trip'),
                dataIndex: 'title',
                render: (title: string, v) => (
                  <Typography.Link onClick={() => navigate(`/trips/${v.tripId}`)}>{title}</Typography.Link>
                ),
              },
              {
                title: col('dates'),
                key: 'dates',
                width: 170,
                render: (_x, v) => span(v.startsOn, v.endsOn),
              },
              { title: col('place'), dataIndex: 'placeName', width: 100 },
              {
                title: col('visit'),
                key: 'visit',
                width: 150,
                render: (_x, v) => (
                  <>
                    {formatDateZh(v.plannedOn)}{' '}
                    <Tag color={v.status === 'done' ? 'green' : 'blue'}>{VISIT_STATUS_LABELS[v.status]}</Tag>
                  </>
                ),
              },
              { title: col('leader'), dataIndex: 'leaderName', width: 90 },
            ]}
          />
        </div>
      </section>
      <section>
        <SectionHead title={s('receptions')} count={story.counts.receptions} />
        <div data-testid="company-receptions">
          <Table<ReceptionRow>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={story.receptions}
            locale={{ emptyText: s('noReceptions') }}
            columns={[
              {
                title: col('dates'),
                key: 'dates',
                width: 170,
                render: (_x, r) => span(r.startsOn, r.endsOn),
              },
              { title: col('delegation'), dataIndex: 'delegation' },
              {
                title: col('people'),
                dataIndex: 'headcount',
                width: 70,
                align: 'right',
                render: (n: number) => s('headcount', { count: n }),
              },
              { title: col('host'), dataIndex: 'hostName', width: 90 },
              { title: col('outcome'), dataIndex: 'outcome', ellipsis: true },
            ]}
          />
        </div>
      </section>
    </Space>
  );
}
