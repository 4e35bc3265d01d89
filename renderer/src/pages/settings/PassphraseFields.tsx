import { Form, Input } from 'antd';
import { MIN_PASSPHRASE } from '@contract/encryption/schema';

interface Wording {
  label: string;
  again: string;
  /** Said under the first box when it is shorter than MIN_PASSPHRASE. */
  short: string;
  mismatch: string;
}

/**
 * A passphrase set by typing it twice, with the one length rule (数据库密码, 团队同步口令): the
 * fields `passphrase` and `again` of the form around it.
 */
export function PassphraseFields({ wording }: { wording: Wording }) {
  return (
    <>
      <Form.Item
        name="passphrase"
        label={wording.label}
        rules={[{ required: true, min: MIN_PASSPHRASE, message: wording.short }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="again"
        label={wording.again}
        dependencies={['passphrase']}
        rules={[
          { required: true, message: wording.mismatch },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              value === getFieldValue('passphrase')
                ? Promise.resolve()
                : Promise.reject(new Error(wording.mismatch)),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
