import { CloudDownloadOutlined, CloudUploadOutlined } from '@ant-design/icons';
import { App, Badge, Button, Card, Descriptions, Input, Space, Typography, Upload } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncImportResult, SyncStatus } from '@contract/sync/schema';
import { call, errorMessage } from '../../../api';
import { formatDateTimeZh } from '../../../format/date';
import { saveDownload } from '../../../grid/download';
import { ConflictList } from './ConflictList';
import { OfficeServerCard } from './OfficeServerCard';
import { PeerTable } from './PeerTable';
import { TeamPassphrase } from './TeamPassphrase';
import { useSyncImport } from './useSyncImport';

/**
 * 团队同步 on the settings page: this laptop's name and key fingerprint, what it has not passed on
 * yet, the laptops it trusts, 同步包 out and in, and the 同步冲突 left to look at.
 */
export function TeamSyncCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const desktop = window.api.host === 'electron';
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  // Bumped after an import or a settled conflict: the conflict list reloads with the status.
  const [version, setVersion] = useState(0);
  const importer = useSyncImport();

  const load = useCallback(() => {
    call('sync.status', {})
      .then((s) => {
        setStatus(s);
        setName(s.device.name);
      })
      .catch((e: unknown) => message.error(errorMessage(e)));
  }, [message]);
  useEffect(load, [load]);
  const reload = () => {
    load();
    setVersion((v) => v + 1);
  };

  const act = async (key: string, work: () => Promise<string | null>): Promise<void> => {
    setBusy(key);
    try {
      const done = await work();
      if (done) message.success(done);
      reload();
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };
  const rename = () =>
    act('rename', async () =>
      t('teamSync.renamed', { name: (await call('sync.renameDevice', { name })).name }),
    );
  const exportBundle = () =>
    act('export', async () => {
      const file = await call('sync.export', {});
      saveDownload(file);
      return t(file.sealed ? 'teamSync.exportedSealed' : 'teamSync.exported', { name: file.fileName });
    });
  const imported = (r: SyncImportResult | null): string =>
    r ? t('teamSync.imported', { name: r.from.name, ...r }) : t('teamSync.notChosen');
  const importBundle = (work: () => Promise<SyncImportResult | null>) =>
    act('import', async () => imported(await work()));

  return (
    <Card title={t('teamSync.title')} style={{ maxWidth: 980 }} data-testid="team-sync">
      <OfficeServerCard onSynced={reload} />
      <Typography.Paragraph type="secondary">{t('teamSync.help')}</Typography.Paragraph>
      {status && (
        <Descriptions column={1} size="small" labelStyle={{ width: 120 }} style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('teamSync.deviceName')}>
            <Space.Compact style={{ width: 320 }}>
              <Input
                aria-label={t('teamSync.deviceName')}
                value={name}
                maxLength={40}
                onChange={(e) => setName(e.target.value)}
                onPressEnter={() => void rename()}
              />
              <Button
                loading={busy === 'rename'}
                disabled={!name.trim() || name === status.device.name}
                onClick={() => void rename()}
              >
                {t('teamSync.rename')}
              </Button>
            </Space.Compact>
          </Descriptions.Item>
          <Descriptions.Item label={t('teamSync.fingerprint')}>
            <Space direction="vertical" size={0}>
              <Typography.Text code copyable data-testid="sync-fingerprint">
                {status.device.fingerprint}
              </Typography.Text>
              <Typography.Text type="secondary">{t('teamSync.fingerprintHelp')}</Typography.Text>
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('teamSync.passphrase')}>
            <TeamPassphrase status={status} onChanged={setStatus} />
          </Descriptions.Item>
          <Descriptions.Item label={t('teamSync.pending')}>
            <Space size={12}>
              <Typography.Text strong data-testid="sync-pending">
                {t('teamSync.pendingCount', { count: status.pending })}
              </Typography.Text>
              <Typography.Text type="secondary">
                {status.lastExportAt
                  ? t('teamSync.lastExport', { at: formatDateTimeZh(status.lastExportAt) })
                  : t('teamSync.neverExported')}
              </Typography.Text>
            </Space>
          </Descriptions.Item>
        </Descriptions>
      )}
      <Space wrap style={{ marginBottom: 12 }}>
        <Button
          type="primary"
          icon={<CloudUploadOutlined />}
          loading={busy === 'export'}
          onClick={() => void exportBundle()}
        >
          {t('teamSync.export')}
        </Button>
        {desktop ? (
          <Button
            icon={<CloudDownloadOutlined />}
            loading={busy === 'import'}
            onClick={() => void importBundle(importer.pick)}
          >
            {t('teamSync.import')}
          </Button>
        ) : (
          <Upload
            accept=".lasync"
            showUploadList={false}
            beforeUpload={(file) => {
              void importBundle(() => importer.upload(file));
              return false;
            }}
          >
            <Button icon={<CloudDownloadOutlined />} loading={busy === 'import'} data-testid="sync-import">
              {t('teamSync.import')}
            </Button>
          </Upload>
        )}
      </Space>
      <Typography.Title level={5}>{t('teamSync.peers')}</Typography.Title>
      <PeerTable
        peers={status?.peers ?? null}
        onUntrust={(p) =>
          act(p.device, async () => {
            await call('sync.untrust', { device: p.device });
            return t('teamSync.untrusted', { name: p.name });
          })
        }
        busy={busy}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        <Space>
          {t('teamSync.conflicts')}
          <Badge count={status?.openConflicts ?? 0} data-testid="sync-conflict-count" />
        </Space>
      </Typography.Title>
      <ConflictList version={version} onSettled={reload} />
    </Card>
  );
}
