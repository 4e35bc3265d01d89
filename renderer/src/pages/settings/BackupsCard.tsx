import { ExportOutlined, FolderOpenOutlined, HistoryOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Divider, Popconfirm, Space, Table, Tag, Tooltip, Typography, Upload } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, BackupList, StagedBackup } from '@contract/backups/schema';
import { call, errorMessage } from '../../api';
import { fileSize, readBase64 } from '../../components/files';
import { saveDownload } from '../../grid/download';
import { RestoreOverlay, useRestore } from './RestoreOverlay';

const when = (takenAt: string): string => takenAt.slice(0, 16).replace('T', ' ');

/**
 * 数据备份 on the settings page: the backups kept, one more now, one saved elsewhere (a USB
 * stick), restoring a listed one or any backup file (the current data is kept as a backup first,
 * so a restore can be taken back; the app waits behind an overlay meanwhile), and where they are.
 */
export function BackupsCard() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const restoring = useRestore();
  const desktop = window.api.host === 'electron';
  const [list, setList] = useState<BackupList | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  // The step of a backup being taken (正在备份数据库 → 正在检查备份文件): it takes a while on a large ledger.
  const [step, setStep] = useState<string | null>(null);
  useEffect(
    () =>
      window.api.on('progress', (p) => {
        if (p.task === 'backup') setStep(p.label ?? null);
      }),
    [],
  );

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
      setStep(null);
    }
  };
  /** A backup button's text: its step while it runs. */
  const backupLabel = (key: string, idle: string): string => (busy === key && step) || idle;
  const backupNow = () =>
    act('now', async () => t('backups.made', { name: (await call('backups.create', {})).name }));
  const restore = (b: BackupInfo) =>
    act(b.name, async () => {
      await restoring.run(() => call('backups.restore', { name: b.name }));
      return t('backups.restored', { time: when(b.takenAt) });
    });
  const saveCopy = () =>
    act('copy', async () => {
      const saved = await call('backups.saveCopy', {});
      if (saved.download) saveDownload(saved.download);
      return saved.savedTo
        ? t('backups.savedTo', { path: saved.savedTo })
        : t('backups.downloaded', { name: saved.download?.fileName ?? saved.backup.name });
    });
  /** A chosen file is restored only once the person has seen its name and confirmed. */
  const restoreFile = (choose: () => Promise<StagedBackup | null>) =>
    act('file', async () => {
      const file = await choose();
      if (!file) return t('backups.fileNotChosen');
      const confirmed = await modal.confirm({
        title: t('backups.fileConfirmTitle'),
        content: t('backups.fileConfirm', { name: file.name, size: fileSize(file.bytes) }),
        okText: t('backups.restore'),
        okButtonProps: { danger: true },
      });
      if (!confirmed) return t('backups.fileNotChosen');
      await restoring.run(() => call('backups.restoreFile', { fileId: file.fileId }));
      return t('backups.restoredFile', { name: file.name });
    });
  const pickFile = () => restoreFile(() => call('backups.pick', {}));
  const uploadFile = (file: File) =>
    restoreFile(async () => call('backups.upload', { name: file.name, base64: await readBase64(file) }));

  return (
    <div data-testid="backups">
      <RestoreOverlay state={restoring.state} />
      <Divider titlePlacement="start">{t('backups.title')}</Divider>
      <Typography.Paragraph type="secondary">{t('backups.help')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button icon={<SaveOutlined />} loading={busy === 'now'} onClick={() => void backupNow()}>
          {backupLabel('now', t('backups.now'))}
        </Button>
        <Button icon={<ExportOutlined />} loading={busy === 'copy'} onClick={() => void saveCopy()}>
          {backupLabel('copy', t('backups.saveCopy'))}
        </Button>
        {desktop ? (
          <Button icon={<HistoryOutlined />} loading={busy === 'file'} onClick={() => void pickFile()}>
            {t('backups.fromFile')}
          </Button>
        ) : (
          <Upload
            accept=".sqlite,.db"
            showUploadList={false}
            beforeUpload={(file) => {
              void uploadFile(file);
              return false;
            }}
          >
            <Button icon={<HistoryOutlined />} loading={busy === 'file'} data-testid="backup-from-file">
              {t('backups.fromFile')}
            </Button>
          </Upload>
        )}
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
