import { App, Button, Empty, Popconfirm, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchView } from '@contract/audit/schema';
import type { Page } from '@contract/shared/listQuery';
import { call, errorMessage } from '../../api';
import { formatDateTimeZh } from '../../format/date';

const PAGE_SIZE = 50;
const KIND_COLORS: Record<BatchView['kind'], string> = {
  import: 'geekblue',
  merge: 'orange',
  bulk: 'blue',
  restore: 'cyan',
  demo: 'default',
  other: 'default',
};

interface Props {
  version: number;
  busy: boolean;
  onUndo(batch: BatchView): void;
}

/** 批量操作: imports, merges and bulk edits, each undone as one. */
export function BatchList({ version, busy, onUndo }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [data, setData] = useState<Page<BatchView> | null>(null);

  useEffect(() => {
    let live = true;
    call('audit.batches', { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE })
      .then((p) => live && setData(p))
      .catch((e: unknown) => message.error(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [page, version, message]);

  return (
    <Table<BatchView>
      size="small"
      rowKey="id"
      loading={data === null}
      dataSource={data?.rows ?? []}
      data-testid="batch-list"
      locale={{
        emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('history.emptyBatches')} />,
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
          title: t('history.columns.kind'),
          width: 100,
          render: (_, b) =>
            b.isUndo ? (
              <Tag color="purple">{t('history.isUndo')}</Tag>
            ) : (
              <Tag color={KIND_COLORS[b.kind]}>{t(`history.kinds.${b.kind}`)}</Tag>
            ),
        },
        { title: t('history.columns.label'), dataIndex: 'label', ellipsis: true },
        { title: t('history.columns.actor'), dataIndex: 'actor', width: 100 },
        {
          title: t('history.columns.rows'),
          dataIndex: 'rows',
          width: 100,
          align: 'right',
          render: (rows: number) => t('history.rowsCount', { count: rows }),
        },
        {
          title: t('history.columns.state'),
          width: 190,
          render: (_, b) =>
            b.undoneAt ? (
              <Typography.Text type="secondary">
                {t('history.undoneAt', { at: formatDateTimeZh(b.undoneAt) })}
              </Typography.Text>
            ) : null,
        },
        {
          title: '',
          width: 100,
          align: 'right',
          render: (_, b) =>
            b.undoable && (
              <Popconfirm
                title={t('history.undoBatchConfirm', { label: b.label, rows: b.rows })}
                onConfirm={() => onUndo(b)}
              >
                <Button size="small" danger loading={busy}>
                  {t('history.undoBatch')}
                </Button>
              </Popconfirm>
            ),
        },
      ]}
    />
  );
}
