import { Alert, Button, Card, Descriptions, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { I18nKey } from '../../../i18n/keys';
import type { Role } from '@contract/sync/serverProtocol';
import type { ServerLinkStatus } from '@contract/sync/serverLink';
import { call, errorMessage } from '../../../api';
import { formatDateTimeZh } from '../../../format/date';
import { ServerConnect } from './ServerConnect';
import { ServerSignIn } from './ServerSignIn';
import { ServerSyncPanel } from './ServerSyncPanel';
import { WithdrawnList } from './WithdrawnList';

const ROLE_LABEL = {
  leader: 'officeServer.roleLeader',
  office: 'officeServer.roleOffice',
  team: 'officeServer.roleTeam',
} as const satisfies Record<Role, I18nKey>;

/**
 * 办公室服务器 in 设置 → 团队同步: connect (fingerprint confirmed by eye), sign in, then 立即同步,
 * 自动同步, 上次同步 and the last error in the server's own words; 办公室未接受的修改 below.
 */
export function OfficeServerCard({ onSynced }: { onSynced?: () => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ServerLinkStatus | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [changing, setChanging] = useState(false);
  // Bumped after every change of state (a round above all): the refused-edits list reloads.
  const [version, setVersion] = useState(0);

  const load = useCallback(() => {
    call('syncServer.status', {})
      .then(setStatus)
      .catch((e: unknown) => setLoadError(errorMessage(e)));
  }, []);
  useEffect(load, [load]);
  const changed = (next?: ServerLinkStatus): void => {
    if (next) setStatus(next);
    else load();
    setVersion((v) => v + 1);
    onSynced?.();
  };

  const connect = !status?.configured || changing;
  return (
    <Card
      type="inner"
      title={t('officeServer.title')}
      style={{ marginBottom: 16 }}
      data-testid="office-server"
    >
      <Typography.Paragraph type="secondary">{t('officeServer.help')}</Typography.Paragraph>
      {loadError && <Alert type="error" showIcon message={loadError} />}
      {status && connect && (
        <ServerConnect
          initialUrl={status.url ?? ''}
          onCancel={status.configured ? () => setChanging(false) : undefined}
          onConfirmed={(s) => {
            setChanging(false);
            setStatus(s);
          }}
        />
      )}
      {status?.configured && !connect && (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <Descriptions column={1} size="small" labelStyle={{ width: 120 }}>
            <Descriptions.Item label={t('officeServer.address')}>
              <Space>
                <span data-testid="server-url">{status.url}</span>
                <Button type="link" size="small" onClick={() => setChanging(true)}>
                  {t('officeServer.change')}
                </Button>
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('officeServer.certFingerprint')}>
              <Typography.Text code style={{ fontSize: 12, wordBreak: 'break-all' }}>
                {status.fingerprint}
              </Typography.Text>
            </Descriptions.Item>
            {status.signedIn && status.account && (
              <Descriptions.Item label={t('officeServer.user')}>
                <span data-testid="server-account">
                  {t('officeServer.signedInAs', {
                    name: status.account.displayName,
                    user: status.account.user,
                    role: t(ROLE_LABEL[status.account.role]),
                  })}
                </span>
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('officeServer.lastSync')}>
              <span data-testid="server-last-sync">
                {status.lastSyncAt ? formatDateTimeZh(status.lastSyncAt) : t('officeServer.neverSynced')}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('officeServer.pending')}>
              {t('officeServer.pendingCount', { count: status.pending })}
            </Descriptions.Item>
          </Descriptions>
          {status.lastError && (
            <Alert
              type={status.lastError.code === 'SERVER_UNREACHABLE' ? 'warning' : 'error'}
              showIcon
              data-testid="server-last-error"
              message={`${t('officeServer.lastError')}（${formatDateTimeZh(status.lastError.at)}）`}
              description={status.lastError.message}
            />
          )}
          {status.signedIn ? (
            <ServerSyncPanel status={status} onChanged={changed} />
          ) : (
            <ServerSignIn user={status.account?.user ?? ''} onSignedIn={setStatus} onRefused={load} />
          )}
          <WithdrawnList version={version} />
        </Space>
      )}
    </Card>
  );
}
