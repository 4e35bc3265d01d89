import { FolderOpenOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Divider, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, BackupList } from '../../../../main/domain/backups/schema';
import { call, errorMessage } from '../../api';
import { fileSize } from '../../components/files';

const when = (takenAt: string): string => takenAt.slice(0, 16).replace('T', ' ');

/**
 * 数据备份 on the settings page: the backups kept, one more now, restoring one (the current data
 * is kept as a backup first, so a restore can be taken back), and where they are on disk.
 */
export function BackupsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [list, setList] = useState<BackupList | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const load = useCallback(() => {
    call('backups.list', {})
      .then(setList)
      .catch((e: unknown) => message.error(errorMessage(e)));
  }, [message]);
  useEffect(load, [load]);

  const act = async (key: string, work: () => Promise<string>): Promise<void> => {
    setBusy(key);
    try {
      message.success(await work());
      load();
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };
  const backupNow = () =>
    act('now', async () => t('backups.made', { name: (await call('backups.create', {})).name }));
  const restore = (b: BackupInfo) =>
    act(b.name, async () => {
      await call('backups.restore', { name: b.name });
      // Every page shows data from before the restore: start the interface afresh.
      setTimeout(() => window.location.reload(), 1500);
      return t('backups.restored', { time: when(b.takenAt) });
    });

  return (
    <div data-testid="backups">
      <Divider titlePlacement="start">{t('backups.title')}</Divider>
      <Typography.Paragraph type="secondary">{t('backups.help')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button icon={<SaveOutlined />} loading={busy === 'now'} onClick={() => void backupNow()}>
          {t('backups.now')}
        </Button>
        {list?.canOpenFolder ? (
          <Button
            icon={<FolderOpenOutlined />}
            onClick={() =>
              void call('backups.openFolder', {}).catch((e: unknown) => message.error(errorMessage(e)))
            }
          >
            {t('backups.openFolder')}
          </Button>
        ) : (
          list && (
            <Typography.Text type="secondary" copyable={{ text: list.folder }}>
              {t('backups.folder')}：<Typography.Text code>{list.folder}</Typography.Text>
            </Typography.Text>
          )
        )}
      </Space>
      <Table<BackupInfo>
        size="small"
        rowKey="name"
        dataSource={list?.backups ?? []}
        loading={list === null}
        pagination={{ pageSize: 8, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: t('backups.empty') }}
        columns={[
          { title: t('backups.takenAt'), dataIndex: 'takenAt', width: 150, render: when },
          {
            title: t('backups.reason'),
            dataIndex: 'reason',
            render: (r: BackupInfo['reason']) => (
              <Tag color={r === 'restore' ? 'gold' : undefined}>{t(`backups.reasons.${r}`)}</Tag>
            ),
          },
          { title: t('backups.size'), dataIndex: 'bytes', width: 80, align: 'right', render: fileSize },
          {
            title: '',
            width: 80,
            render: (_, b) =>
              b.schemaVersion !== null && list && b.schemaVersion > list.schemaVersion ? (
                <Tooltip title={t('backups.newer')}>
                  <Button size="small" disabled>
                    {t('backups.restore')}
                  </Button>
                </Tooltip>
              ) : (
                <Popconfirm
                  title={t('backups.restoreConfirm')}
                  onConfirm={() => void restore(b)}
                  okButtonProps={{ danger: true }}
                >
                  <Button size="small" loading={busy === b.name}>
                    {t('backups.restore')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </div>
  );
}
