import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServerLinkStatus, ServerProbe } from '@contract/sync/serverLink';
import { call } from '../../../api';
import { useSubmit } from '../../../components/forms/useSubmit';

/**
 * 连接: the address, then what answered there (its certificate's fingerprint and health) for the
 * person to compare with the server's console; only 确认指纹并连接 stores it.
 */
export function ServerConnect({
  initialUrl,
  onConfirmed,
  onCancel,
}: {
  initialUrl: string;
  onConfirmed(status: ServerLinkStatus): void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ url: string }>();
  const [probe, setProbe] = useState<ServerProbe | null>(null);
  const connect = useSubmit(form, (v) => call('syncServer.probe', v), { success: false, onSaved: setProbe });
  const confirm = useSubmit(
    null,
    (p: ServerProbe) => call('syncServer.confirm', { url: p.url, fingerprint: p.fingerprint }),
    { success: t('officeServer.confirmed'), onSaved: onConfirmed },
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Form
        form={form}
        layout="inline"
        initialValues={{ url: initialUrl }}
        onFinish={() => void connect.submit()}
      >
        <Form.Item
          name="url"
          label={t('officeServer.address')}
          rules={[{ required: true, whitespace: true, message: t('officeServer.addressRequired') }]}
        >
          <Input
            style={{ width: 320 }}
            placeholder={t('officeServer.addressPlaceholder')}
            onChange={() => setProbe(null)}
            data-testid="server-address"
          />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button htmlType="submit" loading={connect.saving}>
              {t('officeServer.connect')}
            </Button>
            {onCancel && <Button onClick={onCancel}>{t('officeServer.cancel')}</Button>}
          </Space>
        </Form.Item>
      </Form>
      {probe && (
        <Alert
          type={probe.health.ok ? 'info' : 'warning'}
          icon={<SafetyCertificateOutlined />}
          showIcon
          data-testid="server-probe"
          message={t('officeServer.checkTitle')}
          description={
            <Space direction="vertical" style={{ width: '100%' }}>
              <Typography.Text type="secondary">{t('officeServer.checkHelp')}</Typography.Text>
              <Descriptions column={1} size="small" labelStyle={{ width: 100 }}>
                <Descriptions.Item label={t('officeServer.certFingerprint')}>
                  <Typography.Text code data-testid="server-fingerprint" style={{ wordBreak: 'break-all' }}>
                    {probe.fingerprint}
                  </Typography.Text>
                </Descriptions.Item>
                <Descriptions.Item label={t('officeServer.address')}>{probe.url}</Descriptions.Item>
                <Descriptions.Item label={t('officeServer.serverId')}>
                  {probe.health.serverId}
                </Descriptions.Item>
                <Descriptions.Item label={t('officeServer.database')}>
                  {probe.health.database === 'postgres'
                    ? t('officeServer.databasePostgres')
                    : t('officeServer.databasePglite')}
                </Descriptions.Item>
                <Descriptions.Item label={t('officeServer.version')}>
                  {probe.health.version}
                </Descriptions.Item>
              </Descriptions>
              {!probe.health.ok && (
                <Typography.Text type="danger">{t('officeServer.healthBad')}</Typography.Text>
              )}
              <Button type="primary" loading={confirm.saving} onClick={() => void confirm.submit(probe)}>
                {t('officeServer.confirm')}
              </Button>
            </Space>
          }
        />
      )}
    </Space>
  );
}
