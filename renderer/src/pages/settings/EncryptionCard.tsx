import { LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { App, Button, Divider, Form, Popconfirm, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EncryptionInfo } from '@contract/encryption/schema';
import { call, errorMessage } from '../../api';
import { useSubmit } from '../../components/forms/useSubmit';
import { PassphraseDialog, type Passphrase } from './PassphraseDialog';

/**
 * 数据库加密 on the settings page: the state, and the switch. The conversion takes a backup first
 * and checks the result; without a keychain the passphrase to type at start is set here.
 */
export function EncryptionCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [info, setInfo] = useState<EncryptionInfo | null>(null);
  const [asking, setAsking] = useState(false);
  const [form] = Form.useForm<Passphrase>();

  const load = useCallback(() => {
    call('encryption.state', {})
      .then(setInfo)
      .catch((e: unknown) => message.error(errorMessage(e)));
  }, [message]);
  useEffect(load, [load]);

  // The switch itself (a keychain keeps the key, or turning it off) and the passphrase dialog save
  // the same way; the toast says which way it went.
  const said = (r: EncryptionInfo) => t(r.encrypted ? 'encryption.enabled' : 'encryption.disabled');
  const toggle = useSubmit(
    null,
    (to: 'on' | 'off') => (to === 'on' ? call('encryption.enable', {}) : call('encryption.disable', {})),
    {
      success: said,
      onSaved: setInfo,
    },
  );
  const withPassphrase = useSubmit(form, (typed: Passphrase) => call('encryption.enable', typed), {
    success: said,
    onSaved: (r) => {
      setInfo(r);
      setAsking(false);
    },
  });
  const busy = toggle.saving || withPassphrase.saving;
  const start = () => (info?.keychain ? void toggle.submit('on') : setAsking(true));

  return (
    <div data-testid="encryption">
      <Divider titlePlacement="start">{t('encryption.title')}</Divider>
      <Typography.Paragraph type="secondary">{t('encryption.help')}</Typography.Paragraph>
      {info && (
        <Space wrap>
          {info.encrypted ? (
            <Tag icon={<LockOutlined />} color="green">
              {t('encryption.stateOn')}
              {info.scheme && `（${t(`encryption.${info.scheme}`)}）`}
            </Tag>
          ) : (
            <Tag icon={<UnlockOutlined />}>{t('encryption.stateOff')}</Tag>
          )}
          {info.encrypted ? (
            <Popconfirm title={t('encryption.disableConfirm')} onConfirm={() => void toggle.submit('off')}>
              <Button loading={busy}>{t('encryption.disable')}</Button>
            </Popconfirm>
          ) : (
            <Button
              type="primary"
              icon={<LockOutlined />}
              loading={busy}
              disabled={!info.available}
              onClick={start}
            >
              {t('encryption.enable')}
            </Button>
          )}
          {!info.available && (
            <Typography.Text type="secondary">{t('encryption.unavailable')}</Typography.Text>
          )}
        </Space>
      )}
      <PassphraseDialog
        area="encryption"
        open={asking}
        title={t('encryption.setPassphrase')}
        help={t('encryption.passphraseHelp')}
        okText={t('encryption.enable')}
        saving={busy}
        form={form}
        onOk={() => void withPassphrase.submit()}
        onCancel={() => setAsking(false)}
      />
    </div>
  );
}
