import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkloadResult, WorkloadRow } from '@contract/indicators/schema';
import { formatMoney } from '../../format/money';
import type { QueryState } from '../../hooks/useQuery';
import { usePrefs } from '../../prefs';
import { ownerUrl, type DrillScope } from './drill';
import { useGo } from './go';
import type { I18nKeyUnder } from '../../i18n/keys';

/** Per person: open projects, overdue and coming follow-ups, signings; counts open the projects. */
export function WorkloadCard({ state, scope }: { state: QueryState<WorkloadResult>; scope: DrillScope }) {
  const { t } = useTranslation();
  const go = useGo();
  const { moneyUnit } = usePrefs();
  const f = (k: I18nKeyUnder<'dashboard.workload'>) => t(`dashboard.workload.${k}`);
  const num = (n: number, onClick?: () => void, danger = false) =>
    n > 0 && onClick ? (
      <Typography.Link type={danger ? 'danger' : undefined} onClick={onClick}>
        {n}
      </Typography.Link>
    ) : (
      <span style={{ color: n ? undefined : '#b0b7c3' }}>{n}</span>
    );
  return (
    <Card size="small" title={f('title')} data-testid="workload">
      <Table<WorkloadRow>
        size="small"
        rowKey="staffId"
        loading={state.loading && !state.data}
        dataSource={state.data?.rows ?? []}
        pagination={false}
        scroll={{ y: 300 }}
        locale={{ emptyText: f('empty') }}
        columns={[
          { title: f('name'), dataIndex: 'name', width: 110, ellipsis: true },
          { title: f('team'), dataIndex: 'teamName', ellipsis: true },
          {
            title: f('open'),
            dataIndex: 'openProjects',
            align: 'right',
            width: 76,
            render: (n: number, r) =>
              num(n, () =>
                go(ownerUrl(r.staffId, false, scope, t('dashboard.drill.open', { name: r.name }))),
              ),
          },
          {
            title: `${f('openAmount')}（${t(`money.${moneyUnit}`)}）`,
            dataIndex: 'openAmount',
            align: 'right',
            width: 150,
            render: (n: number) => <span className="num">{formatMoney(n, moneyUnit)}</span>,
          },
          {
            title: f('overdue'),
            dataIndex: 'overdueFollowUps',
            align: 'right',
            width: 76,
            render: (n: number, r) =>
              num(
                n,
                () => go(ownerUrl(r.staffId, true, scope, t('dashboard.drill.overdue', { name: r.name }))),
                true,
              ),
          },
          {
            title: f('dueSoon'),
            dataIndex: 'dueSoon',
            align: 'right',
            width: 92,
            render: (n: number) => num(n),
          },
          {
            title: f('signed'),
            dataIndex: 'signed',
            align: 'right',
            width: 76,
            render: (n: number) => num(n),
          },
        ]}
      />
    </Card>
  );
}
