import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../api';
import { useSubmit } from '../../components/forms/useSubmit';

/**
 * Before anything reads the ledger: an encrypted file whose key is wrapped with a passphrase
 * (a machine without a keychain) waits here for it. A wrong passphrase is said so and nothing
 * is opened or changed; the right one opens the file and the app starts as usual.
 */
export function LockGate({ children }: { children: ReactNode }) {
  const [locked, setLocked] = useState<boolean | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    call('encryption.locked', {})
      .then((s) => setLocked(s.locked))
      .catch((e: unknown) => setProblem(errorMessage(e)));
  }, []);
  if (problem) return <Alert type="error" showIcon message={problem} style={{ margin: 24 }} />;
  if (locked === null) return null;
  return locked ? <UnlockScreen onOpened={() => setLocked(false)} /> : children;
}

function UnlockScreen({ onOpened }: { onOpened(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ passphrase: string }>();
  const { saving, submit } = useSubmit(form, (typed) => call('encryption.unlock', typed), {
    success: false,
    onSaved: onOpened,
  });
  // Typed again from empty after a refusal; the refusal stays said under the field.
  const retry = async () => {
    if (!(await submit())) form.setFields([{ name: 'passphrase', value: '' }]);
  };

  return (
    <div className="unlock-screen" data-testid="unlock">
      <Card style={{ width: 420 }}>
        <Typography.Title level={4}>
          <LockOutlined /> {t('encryption.lockedTitle')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('encryption.lockedHelp')}</Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={() => void retry()} requiredMark={false}>
          <Form.Item
            name="passphrase"
            label={t('encryption.passphraseLabel')}
            rules={[{ required: true, message: '请输入数据库密码' }]}
          >
            <Input.Password autoFocus autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={saving}>
            {saving ? t('encryption.unlocking') : t('encryption.unlock')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
