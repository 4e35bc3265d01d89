import { SyncOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Progress, Space, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServerLinkStatus, ServerSyncResult } from '@contract/sync/serverLink';
import { call } from '../../../api';
import { useSubmit } from '../../../components/forms/useSubmit';

/** Signed in: 立即同步 with its progress, 自动同步, 退出登录. */
export function ServerSyncPanel({
  status,
  onChanged,
}: {
  status: ServerLinkStatus;
  onChanged(status?: ServerLinkStatus): void;
}) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<{ percent: number; label: string } | null>(null);
  useEffect(
    () =>
      window.api.on('progress', (p) => {
        if (p.task === 'serverSync')
          setProgress({ percent: Math.round((100 * p.done) / (p.total || 1)), label: p.label ?? '' });
      }),
    [],
  );
  const said = (r: ServerSyncResult): string => {
    // Counted as the list below counts them; a refusal that changed nothing shown still counts once.
    const count = r.withdrawn || r.refused.length;
    const refused = count ? `；${t('officeServer.syncedRefused', { count })}` : '';
    return t('officeServer.synced', { ...r }) + refused;
  };
  const sync = useSubmit(null, () => call('syncServer.syncNow', {}), {
    success: said,
    onSaved: () => onChanged(),
  });
  const auto = useSubmit(null, (on: boolean) => call('syncServer.setAutoSync', { on }), {
    success: (_s, on) => t(on ? 'officeServer.autoOn' : 'officeServer.autoOff'),
    onSaved: (s) => onChanged(s),
  });
  const signOut = useSubmit(null, () => call('syncServer.signOut', {}), {
    success: t('officeServer.signedOut'),
    onSaved: (s) => onChanged(s),
  });
  const running = sync.saving || status.syncing;
  const syncNow = async (): Promise<void> => {
    setProgress(null);
    await sync.submit();
    setProgress(null);
    // A refused round (expired token, unreachable) is on the card as the last error.
    onChanged();
  };

  return (
    <Space direction="vertical" size={8} style={{ width: '100%' }}>
      <Space wrap>
        <Button
          type="primary"
          icon={<SyncOutlined spin={running} />}
          disabled={running}
          onClick={() => void syncNow()}
          data-testid="server-sync-now"
        >
          {running ? t('officeServer.syncing') : t('officeServer.syncNow')}
        </Button>
        <Space size={6}>
          <Switch
            checked={status.autoSync}
            loading={auto.saving}
            onChange={(on) => void auto.submit(on)}
            aria-label={t('officeServer.autoSync')}
            data-testid="server-auto-sync"
          />
          <Typography.Text>{t('officeServer.autoSync')}</Typography.Text>
          <Typography.Text type="secondary">{t('officeServer.autoSyncHelp')}</Typography.Text>
        </Space>
        <Popconfirm title={t('officeServer.signOutConfirm')} onConfirm={() => void signOut.submit()}>
          <Button loading={signOut.saving}>{t('officeServer.signOut')}</Button>
        </Popconfirm>
      </Space>
      {running && progress && (
        <Space direction="vertical" size={0} style={{ width: 420 }}>
          <Progress percent={progress.percent} size="small" />
          <Typography.Text type="secondary">{progress.label}</Typography.Text>
        </Space>
      )}
    </Space>
  );
}
