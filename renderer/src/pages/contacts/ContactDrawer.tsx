import { App, Button, Checkbox, Col, Drawer, Form, Input, Popconfirm, Row, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactCreate, ContactRow } from '../../../../main/domain/contacts/schema';
import { ApiCallError, call, errorMessage } from '../../api';
import { CompanySelect } from '../../components/CompanySelect';

interface Props {
  target: number | 'new' | null;
  /** Pre-selected company when adding from a company's page. */
  companyId?: number;
  onClose(): void;
  onSaved(): void;
}

export function ContactDrawer({ target, companyId, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ContactCreate>();
  const [current, setCurrent] = useState<ContactRow | null>(null);
  const [saving, setSaving] = useState(false);
  const f = (k: string) => t(`contacts.fields.${k}`);

  useEffect(() => {
    if (typeof target !== 'number') return;
    call('contacts.get', { id: target })
      .then((c) => {
        setCurrent(c);
        form.setFieldsValue(c);
      })
      .catch((e: unknown) => message.error(errorMessage(e)));
  }, [target, form, message]);

  const save = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      if (current) await call('contacts.update', { id: current.id, patch: values });
      else await call('contacts.create', values);
      message.success(t('common.saved'));
      onSaved();
    } catch (e) {
      if (e instanceof ApiCallError) {
        form.setFields(
          Object.entries(e.fields).map(([name, msg]) => ({
            name: name as keyof ContactCreate,
            errors: [msg],
          })),
        );
      }
      message.error(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    if (!current) return;
    try {
      await call('contacts.delete', { id: current.id });
      message.success(t('common.deleted'));
      onSaved();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      width={560}
      title={target === 'new' ? t('contacts.newTitle') : t('contacts.editTitle')}
      rootClassName="contact-drawer"
      destroyOnHidden
      extra={
        <Space>
          {current && (
            <Popconfirm
              title={t('contacts.deleteConfirm', { name: current.name })}
              onConfirm={() => void remove()}
            >
              <Button danger>{t('common.delete')}</Button>
            </Popconfirm>
          )}
          <Button type="primary" loading={saving} onClick={() => void save()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" initialValues={{ companyId }} onFinish={() => void save()}>
        <Form.Item
          name="companyId"
          label={f('companyId')}
          rules={[{ required: true, message: '请选择所属企业' }]}
        >
          <CompanySelect
            key={current?.id ?? 'new'}
            initialLabel={current?.companyName}
            placeholder="输入企业名称搜索"
          />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="name"
              label={f('name')}
              rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}
            >
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="title" label={f('title')}>
              <Input maxLength={50} placeholder="董事长、总经理、投资总监…" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="mobile" label={f('mobile')}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="phone" label={f('phone')}>
              <Input maxLength={40} placeholder="0571-88886666 转 123" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="wechat" label={f('wechat')}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="email" label={f('email')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="isKey" valuePropName="checked">
          <Checkbox>{f('isKey')}</Checkbox>
        </Form.Item>
        <Form.Item name="notes" label={f('notes')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
