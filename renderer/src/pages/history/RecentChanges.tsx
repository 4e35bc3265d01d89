import { App, Button, Empty, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '@contract/audit/schema';
import type { Page } from '@contract/shared/listQuery';
import { call, errorMessage } from '../../api';
import { ActionTag } from '../../components/history/ActionTag';
import { entityLabel } from '../../components/history/changes';
import { ChangeList } from '../../components/history/ChangeList';
import { formatDateTimeZh } from '../../format/date';
import { navigate } from '../../router';

const PAGE_SIZE = 50;

/**
 * A deletion that still stands is where a record's history can be erased for good (彻底删除):
 * the record is gone, its old values need not stay behind in the log.
 */
const purgeable = (e: AuditEntryView): boolean =>
  e.action === 'delete' && !e.undone && !e.isUndo && e.undoable;

interface Props {
  /** Bumped by the page after any undo, to read the list again. */
  version: number;
  busy: boolean;
  onUndo(entry: AuditEntryView): void;
}

/** 最近修改: every change across the database, newest first, each one undoable. */
export function RecentChanges({ version, busy, onUndo }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [entity, setEntity] = useState<string | undefined>(undefined);
  const [data, setData] = useState<Page<AuditEntryView> | null>(null);
  const [purged, setPurged] = useState(0);
  const purge = (e: AuditEntryView) =>
    call('audit.purgeHistory', { entity: e.entity, id: e.entityId })
      .then(({ removed }) => {
        void message.success(t('history.purged', { count: removed }));
        setPurged((n) => n + 1);
      })
      .catch((err: unknown) => message.error(errorMessage(err)));

  useEffect(() => {
    let live = true;
    call('audit.recent', { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE, ...(entity ? { entity } : {}) })
      .then((p) => live && setData(p))
      .catch((e: unknown) => message.error(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [page, entity, version, purged, message]);

  const entityOptions = Object.entries(
    t('history.entities', { returnObjects: true }) as Record<string, string>,
  ).map(([value, label]) => ({ value, label }));

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Select
        allowClear
        placeholder={t('history.allEntities')}
        options={entityOptions}
        value={entity}
        onChange={(v?: string) => {
          setEntity(v);
          setPage(1);
        }}
        style={{ width: 180 }}
        aria-label={t('history.allEntities')}
      />
      <Table<AuditEntryView>
        size="small"
        rowKey="id"
        loading={data === null}
        dataSource={data?.rows ?? []}
        data-testid="recent-changes"
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('history.emptyAll')}>
              <Button type="primary" onClick={() => navigate('/companies')}>
                {t('history.goCompanies')}
              </Button>
            </Empty>
          ),
        }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('common.total', { count: total }),
          onChange: setPage,
        }}
        columns={[
          {
            title: t('history.columns.at'),
            dataIndex: 'at',
            width: 150,
            render: (at: string) => formatDateTimeZh(at),
          },
          {
            title: t('history.columns.actor'),
            dataIndex: 'actor',
            width: 100,
            render: (actor: string, e) =>
              e.deviceName ? `${actor}${t('history.fromDevice', { name: e.deviceName })}` : actor,
          },
          {
            title: t('history.columns.record'),
            width: 260,
            render: (_, e) => (
              <Space size={4} wrap>
                <Tag style={{ marginInlineEnd: 0 }}>{entityLabel(t, e)}</Tag>
                <Typography.Text ellipsis={{ tooltip: true }} style={{ maxWidth: 190 }}>
                  {e.recordName ?? t('history.recordNo', { id: e.entityId })}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: t('history.columns.action'),
            width: 150,
            render: (_, e) => (
              <Space size={4} wrap>
                <ActionTag action={e.action} />
                {e.isUndo && <Tag color="purple">{t('history.isUndo')}</Tag>}
                {e.undone && <Tag>{t('history.undone')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('history.columns.changes'),
            render: (_, e) => (
              <>
                {e.batch && !e.isUndo && (
                  <Typography.Text type="secondary" style={{ display: 'block' }}>
                    {t('history.inBatch', { label: e.batch.label })}
                  </Typography.Text>
                )}
                <ChangeList entry={e} max={3} />
              </>
            ),
          },
          {
            title: '',
            width: 150,
            align: 'right',
            render: (_, e) => (
              <Space size={4}>
                {e.undoable && (
                  <Popconfirm title={t('history.undoConfirm')} onConfirm={() => onUndo(e)}>
                    <Button size="small" loading={busy}>
                      {t('history.undo')}
                    </Button>
                  </Popconfirm>
                )}
                {purgeable(e) && (
                  <Popconfirm
                    title={t('history.purgeConfirm', {
                      name: e.recordName ?? t('history.recordNo', { id: e.entityId }),
                    })}
                    okButtonProps={{ danger: true }}
                    onConfirm={() => void purge(e)}
                  >
                    <Button size="small" danger type="text">
                      {t('history.purge')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
