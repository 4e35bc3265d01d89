import { Form, type FormItemProps } from 'antd';
import type { CSSProperties } from 'react';
import { isRefusal } from '../../format/moneyInput';
import { MoneyInput } from './MoneyInput';

/** Refuses a money field whose text cannot be read, with the parser's own words. */
export const moneyRule = {
  validator: (_: unknown, v: unknown) =>
    isRefusal(v) ? Promise.reject(new Error(v.refused)) : Promise.resolve(),
};

/** A form's money field: MoneyInput plus the rule, so no form can save text it did not understand. */
export function MoneyField({
  inputStyle,
  rules = [],
  ...item
}: Omit<FormItemProps, 'children'> & { inputStyle?: CSSProperties }) {
  return (
    <Form.Item {...item} rules={[...rules, moneyRule]}>
      <MoneyInput style={inputStyle} />
    </Form.Item>
  );
}
