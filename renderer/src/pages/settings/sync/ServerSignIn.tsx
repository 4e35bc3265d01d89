import { Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ServerLinkStatus } from '@contract/sync/serverLink';
import { call } from '../../../api';
import { useSubmit } from '../../../components/forms/useSubmit';

interface Credentials {
  user: string;
  password: string;
}

/** 账号/密码 for the office server; the last account is filled in after a token expired. */
export function ServerSignIn({
  user,
  onSignedIn,
  onRefused,
}: {
  user: string;
  onSignedIn(status: ServerLinkStatus): void;
  /** The card reloads: a changed certificate is kept there as the last error. */
  onRefused(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Credentials>();
  const send = (v: Credentials) =>
    call('syncServer.signIn', v).catch((e: unknown) => {
      onRefused();
      throw e;
    });
  const signIn = useSubmit(form, send, {
    success: t('officeServer.signedIn'),
    onSaved: (status) => {
      form.resetFields(['password']);
      onSignedIn(status);
    },
  });
  return (
    <>
      <Typography.Paragraph type="secondary">{t('officeServer.signInHelp')}</Typography.Paragraph>
      <Form
        form={form}
        layout="inline"
        initialValues={{ user, password: '' }}
        onFinish={() => void signIn.submit()}
        data-testid="server-sign-in"
      >
        <Form.Item
          name="user"
          label={t('officeServer.user')}
          rules={[{ required: true, whitespace: true, message: t('officeServer.userRequired') }]}
        >
          <Input style={{ width: 160 }} autoComplete="username" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('officeServer.password')}
          rules={[{ required: true, message: t('officeServer.passwordRequired') }]}
        >
          <Input.Password style={{ width: 180 }} autoComplete="current-password" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={signIn.saving}>
            {t('officeServer.signIn')}
          </Button>
        </Form.Item>
      </Form>
    </>
  );
}
