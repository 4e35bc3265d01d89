import { ArrowRightOutlined } from '@ant-design/icons';
import { Button, Space, Table, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { WithdrawnRow } from '@contract/sync/serverLink';
import { call } from '../../../api';
import { formatValue } from '../../../components/history/changes';
import { useSubmit } from '../../../components/forms/useSubmit';
import { formatDateTimeZh } from '../../../format/date';
import type { MoneyUnit } from '../../../format/money';
import { usePrefs } from '../../../prefs';
import { fieldCell, RecordCell } from './recordCells';
import { useSyncList } from './useSyncList';

/** A value kept as text: numbers read back as numbers (money in 万元/亿元); a reference is kept by name. */
function shown(t: TFunction, w: WithdrawnRow, value: string | null, unit: MoneyUnit): string {
  if (value === null || !w.field) return t('history.blank');
  if (/Ids?$/.test(w.field)) return value;
  const typed = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  return formatValue(t, w.field, typed, unit, { entity: w.entity ?? undefined });
}

/**
 * 办公室未接受的修改: this laptop's edits the office server refused (outside the account's scope),
 * each taken back to the office's data — which record, which field, 您的修改 → 现在的值, the
 * server's reason and when — until 知道了. Nothing shows while the list is empty.
 */
export function WithdrawnList({ version }: { version: number }) {
  const { t } = useTranslation();
  const { moneyUnit } = usePrefs();
  const [rows, setRows] = useSyncList(() => call('syncServer.withdrawn', {}), version);

  const dismiss = useSubmit(null, (id: number) => call('syncServer.dismissWithdrawn', { id }), {
    success: t('officeServer.withdrawnDismissed'),
    onSaved: setRows,
  });

  if (!rows || rows.length === 0) return null;
  return (
    <div data-testid="server-withdrawn">
      <Typography.Title level={5} style={{ marginTop: 8 }}>
        {t('officeServer.withdrawnTitle', { count: rows.length })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('officeServer.withdrawnHelp')}</Typography.Paragraph>
      <Table<WithdrawnRow>
        size="small"
        rowKey="id"
        dataSource={rows}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        columns={[
          {
            title: t('officeServer.withdrawnRecord'),
            width: 150,
            render: (_, w) => <RecordCell label={`${w.recordLabel} ${w.recordName ?? ''}`.trim()} row={w} />,
          },
          {
            title: t('officeServer.withdrawnField'),
            width: 80,
            render: (_, w) => fieldCell(t, w),
          },
          {
            title: t('officeServer.withdrawnChange'),
            width: 210,
            render: (_, w) =>
              w.kind === 'field' ? (
                <Space size={6} wrap>
                  <Typography.Text delete type="secondary">
                    {shown(t, w, w.mine, moneyUnit)}
                  </Typography.Text>
                  <ArrowRightOutlined />
                  <Typography.Text strong>{shown(t, w, w.office, moneyUnit)}</Typography.Text>
                </Space>
              ) : (
                <Typography.Text type="warning">
                  {t(
                    w.kind === 'created' ? 'officeServer.withdrawnCreated' : 'officeServer.withdrawnDeleted',
                  )}
                </Typography.Text>
              ),
          },
          { title: t('officeServer.withdrawnReason'), dataIndex: 'reason' },
          {
            title: t('officeServer.withdrawnAt'),
            width: 140,
            render: (_, w) => formatDateTimeZh(w.at),
          },
          {
            title: '',
            width: 80,
            render: (_, w) => (
              <Button size="small" onClick={() => void dismiss.submit(w.id)}>
                {t('officeServer.withdrawnOk')}
              </Button>
            ),
          },
        ]}
      />
    </div>
  );
}
