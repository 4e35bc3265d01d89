import { Form, Input, Modal, Typography, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE } from '@contract/encryption/schema';

export interface Passphrase {
  passphrase: string;
  again: string;
}

interface Props {
  /** Whose words: `<area>.passphraseLabel`, `…Again`, `…Short` and `…Mismatch`. */
  area: 'encryption' | 'teamSync';
  open: boolean;
  title: string;
  help: string;
  okText?: string;
  saving: boolean;
  form: FormInstance<Passphrase>;
  onOk(): void;
  onCancel(): void;
}

/**
 * A passphrase set by typing it twice, with the one length rule of every passphrase a person sets
 * here (数据库密码, 团队同步口令); the main side checks the same rule again.
 */
export function PassphraseDialog({ area, open, title, help, okText, saving, form, onOk, onCancel }: Props) {
  const { t } = useTranslation();
  const mismatch = t(`${area}.passphraseMismatch`);
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      confirmLoading={saving}
      onOk={onOk}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{help}</Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="passphrase"
          label={t(`${area}.passphraseLabel`)}
          rules={[
            {
              required: true,
              min: MIN_PASSPHRASE,
              message: t(`${area}.passphraseShort`, { n: MIN_PASSPHRASE }),
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="again"
          label={t(`${area}.passphraseAgain`)}
          dependencies={['passphrase']}
          rules={[
            { required: true, message: mismatch },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                value === getFieldValue('passphrase')
                  ? Promise.resolve()
                  : Promise.reject(new Error(mismatch)),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
