import { Checkbox, Col, Form, Input, Row, Typography } from 'antd';
import { FormDrawer } from '../../components/forms/FormContainers';
import { AttachmentsPanel } from '../../components/attachments/AttachmentsPanel';
import { useTranslation } from 'react-i18next';
import type { ContactCreate, ContactRow } from '@contract/contacts/schema';
import { call } from '../../api';
import { DrawerActions } from '../../components/DrawerActions';
import { useRecordForm } from '../../hooks/useRecordForm';
import { CompanySelect } from '../../components/CompanySelect';
import type { I18nKeyUnder } from '../../i18n/keys';

interface Props {
  target: number | 'new' | null;
  /** Pre-selected company when adding from a company's page (its 联系人 tab). */
  companyId?: number;
  /** That company's name, for the picker to show before anything is typed. */
  companyName?: string;
  onClose(): void;
  onSaved(): void;
}

export function ContactDrawer({ target, companyId, companyName, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const f = (k: I18nKeyUnder<'contacts.fields'>) => t(`contacts.fields.${k}`);
  const { form, current, saving, save, remove } = useRecordForm<ContactRow, ContactCreate>({
    target,
    load: (id) => call('contacts.get', { id }),
    create: (v) => call('contacts.create', v),
    update: (id, v) => call('contacts.update', { id, patch: v }),
    remove: (id) => call('contacts.delete', { id }),
    onSaved,
  });

  return (
    <FormDrawer
      open={target !== null}
      onClose={onClose}
      width={560}
      title={target === 'new' ? t('contacts.newTitle') : t('contacts.editTitle')}
      rootClassName="contact-drawer"
      destroyOnHidden
      extra={
        <DrawerActions
          deleteConfirm={current ? t('contacts.deleteConfirm', { name: current.name }) : undefined}
          saving={saving}
          onSave={() => void save()}
          onDelete={() => void remove()}
        />
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
            initialLabel={current?.companyName ?? companyName}
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
      {current && (
        <section className="drawer-attachments">
          <Typography.Title level={5}>{t('attachments.card')}</Typography.Title>
          <AttachmentsPanel owner={{ kind: 'contact', id: current.id }} />
        </section>
      )}
    </FormDrawer>
  );
}
