import { Empty, Progress, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEADER_LEVEL_LABELS } from '@contract/people/schema';
import type { Settings } from '@contract/settings/schema';
import type { QuotaRow, QuotaStatus } from '@contract/trips/planningSchema';
import { call, errorMessage } from '../../api';
import { TripRulesForm } from './TripRulesForm';
import type { I18nKeyUnder } from '../../i18n/keys';

const STATUS_COLORS: Record<QuotaStatus, string> = {
  met: 'green',
  onTrack: 'blue',
  behind: 'red',
  noQuota: 'default',
};

/** Each leader's trips against the yearly quota the settings ask of their level. */
export function QuotaTable({ year, teamId }: { year: number; teamId: number | null }) {
  const { t } = useTranslation();
  const q = (k: I18nKeyUnder<'trips.quotas'>, o: Record<string, unknown> = {}) => t(`trips.quotas.${k}`, o);
  const [rows, setRows] = useState<QuotaRow[] | null>(null);
  const [quota, setQuota] = useState<Settings['leaderTripQuota'] | null>(null);
  const [error, setError] = useState('');

  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    Promise.all([call('trips.quotas', { year, teamId }), call('settings.get', {})])
      .then(([r, s]) => {
        if (!live) return;
        setRows(r);
        setQuota(s.leaderTripQuota);
      })
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [year, teamId, version]);

  if (error) return <Typography.Text type="danger">{error}</Typography.Text>;
  return (
    <div className="trip-quotas">
      <TripRulesForm onSaved={() => setVersion((v) => v + 1)} />
      {quota && (
        <Typography.Paragraph type="secondary">
          {q('rule', { city: quota.city, zone: quota.zone })}
        </Typography.Paragraph>
      )}
      <Table<QuotaRow>
        size="small"
        rowKey="leaderId"
        loading={rows === null}
        dataSource={rows ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={q('empty')} /> }}
        data-testid="trip-quotas"
        columns={[
          { title: q('leader'), dataIndex: 'leaderName', width: 120 },
          {
            title: q('level'),
            dataIndex: 'leaderLevel',
            width: 90,
            render: (v: QuotaRow['leaderLevel']) => (v ? LEADER_LEVEL_LABELS[v] : ''),
          },
          { title: q('team'), dataIndex: 'teamName', width: 150 },
          {
            title: q('quota'),
            dataIndex: 'quota',
            width: 110,
            align: 'right',
            render: (v: number | null) => v ?? '—',
          },
          {
            title: q('progress'),
            key: 'progress',
            width: 260,
            render: (_, r) =>
              r.quota ? (
                <Progress
                  percent={Math.min(100, Math.round((r.done / r.quota) * 100))}
                  format={() => `${r.done} / ${r.quota}`}
                  status={r.status === 'behind' ? 'exception' : r.status === 'met' ? 'success' : 'normal'}
                  size="small"
                />
              ) : (
                <span className="num">{r.done}</span>
              ),
          },
          { title: q('ongoing'), dataIndex: 'ongoing', width: 80, align: 'right' },
          { title: q('planned'), dataIndex: 'planned', width: 80, align: 'right' },
          {
            title: q('expected'),
            dataIndex: 'expectedByNow',
            width: 140,
            align: 'right',
            render: (v: number | null) => v ?? '—',
          },
          {
            title: q('status'),
            dataIndex: 'status',
            width: 110,
            render: (s: QuotaStatus) => <Tag color={STATUS_COLORS[s]}>{q(`statuses.${s}`)}</Tag>,
          },
        ]}
      />
    </div>
  );
}
