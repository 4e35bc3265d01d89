import { App, Button, Empty, Popconfirm, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictRow, ConflictSideView } from '@contract/sync/schema';
import { call, errorMessage } from '../../../api';
import { formatValue } from '../../../components/history/changes';
import { formatDateTimeZh } from '../../../format/date';
import { usePrefs } from '../../../prefs';
import { fieldCell, RecordCell } from './recordCells';
import { useSyncList } from './useSyncList';

interface Props {
  /** Bumped by the card after an import: reload. */
  version: number;
  onSettled(): void;
}

/**
 * 同步冲突: what two laptops changed at once, the value kept (the later change) beside the other
 * one, each with who, on which laptop and when; the other value can be taken with one click.
 */
export function ConflictList({ version, onSettled }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { moneyUnit } = usePrefs();
  const [rows] = useSyncList(() => call('sync.conflicts', {}), version);
  const [busy, setBusy] = useState<number | null>(null);

  const settle = async (c: ConflictRow, take: 'other' | 'kept') => {
    setBusy(c.id);
    try {
      await call('sync.settle', { id: c.id, take });
      message.success(t(take === 'other' ? 'teamSync.tookOther' : 'teamSync.keptNow'));
      onSettled();
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  /** Stored values come as text: numbers read back as numbers, so money shows in 万元/亿元. */
  const shown = (c: ConflictRow, value: string | null): string => {
    if (value === null || !c.field) return value ?? t('teamSync.blank');
    const typed = /^-?\d+(\.\d+)?$/.test(value) && !/Ids?$/.test(c.field) ? Number(value) : value;
    return formatValue(t, c.field, typed, moneyUnit, { entity: c.entity ?? undefined });
  };
  const side = (c: ConflictRow, s: ConflictSideView | null, withValue: boolean) =>
    s && (
      <Space direction="vertical" size={0}>
        {withValue && <Typography.Text strong>{shown(c, s.value)}</Typography.Text>}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('teamSync.sideBy', {
            actor: s.actor ?? '—',
            device: s.deviceName ?? '—',
            at: s.at ? formatDateTimeZh(s.at) : '—',
          })}
        </Typography.Text>
      </Space>
    );

  if (rows && rows.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('teamSync.conflictsEmpty')} />;
  return (
    <>
      <Typography.Paragraph type="secondary">{t('teamSync.conflictsHelp')}</Typography.Paragraph>
      <Table<ConflictRow>
        size="small"
        rowKey="id"
        data-testid="sync-conflicts"
        loading={rows === null}
        dataSource={rows ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        columns={[
          {
            title: t('teamSync.record'),
            render: (_, c) => (
              <RecordCell label={`${c.recordLabel} ${c.recordName ?? t('teamSync.deletedRecord')}`} row={c} />
            ),
          },
          {
            title: t('teamSync.field'),
            width: 110,
            render: (_, c) => fieldCell(t, c),
          },
          {
            title: t('teamSync.kept'),
            render: (_, c) =>
              c.kind === 'field' ? (
                side(c, c.kept, true)
              ) : (
                <Typography.Text type="warning">
                  {t(c.kind === 'deleted' ? 'teamSync.deletedKind' : 'teamSync.heldKind')}
                </Typography.Text>
              ),
          },
          { title: t('teamSync.other'), render: (_, c) => side(c, c.other, c.kind !== 'deleted') },
          {
            title: '',
            width: 200,
            render: (_, c) => (
              <Space size={4}>
                {c.kind === 'field' && (
                  <Popconfirm title={t('teamSync.takeOtherConfirm')} onConfirm={() => settle(c, 'other')}>
                    <Button size="small" type="primary" loading={busy === c.id}>
                      {t('teamSync.takeOther')}
                    </Button>
                  </Popconfirm>
                )}
                <Button size="small" loading={busy === c.id} onClick={() => void settle(c, 'kept')}>
                  {t('teamSync.keep')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
