import { LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { App, Button, Divider, Form, Input, Modal, Popconfirm, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE, type EncryptionInfo } from '@contract/encryption/schema';
import { call, errorMessage } from '../../api';

/**
 * 数据库加密 on the settings page: the state, and the switch. The conversion takes a backup first
 * and checks the result; without a keychain the passphrase to type at start is set here.
 */
export function EncryptionCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [info, setInfo] = useState<EncryptionInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  const [form] = Form.useForm<{ passphrase: string; again: string }>();

  const load = useCallback(() => {
    call('encryption.state', {})
      .then(setInfo)
      .catch((e: unknown) => message.error(errorMessage(e)));
  }, [message]);
  useEffect(load, [load]);

  const run = async (work: () => Promise<EncryptionInfo>, done: string): Promise<boolean> => {
    setBusy(true);
    try {
      setInfo(await work());
      message.success(done);
      return true;
    } catch (e) {
      message.error(errorMessage(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const enable = (typed?: { passphrase: string; again: string }) =>
    run(() => call('encryption.enable', typed ?? {}), t('encryption.enabled'));
  const disable = () => void run(() => call('encryption.disable', {}), t('encryption.disabled'));
  const start = () => (info?.keychain ? void enable() : setAsking(true));
  const submitPassphrase = async () => {
    const typed = await form.validateFields();
    if (await enable(typed)) {
      setAsking(false);
      form.resetFields();
    }
  };

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
            <Popconfirm title={t('encryption.disableConfirm')} onConfirm={disable}>
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
      <Modal
        open={asking}
        title={t('encryption.setPassphrase')}
        okText={t('encryption.enable')}
        confirmLoading={busy}
        onOk={() => void submitPassphrase().catch(() => undefined)}
        onCancel={() => setAsking(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('encryption.passphraseHelp')}</Typography.Paragraph>
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item
            name="passphrase"
            label={t('encryption.passphraseLabel')}
            rules={[
              {
                required: true,
                min: MIN_PASSPHRASE,
                message: t('encryption.passphraseShort', { n: MIN_PASSPHRASE }),
              },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="again"
            label={t('encryption.passphraseAgain')}
            dependencies={['passphrase']}
            rules={[
              { required: true, message: t('encryption.passphraseMismatch') },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  value === getFieldValue('passphrase')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('encryption.passphraseMismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
