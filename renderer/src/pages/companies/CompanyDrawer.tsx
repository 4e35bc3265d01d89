import {
  Button,
  Checkbox,
  Col,
  Drawer,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Row,
  Select,
  Space,
  App,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPANY_TIERS, type Company, type CompanyCreate } from '../../../../main/domain/companies/schema';
import { ApiCallError, call, errorMessage } from '../../api';
import { moneyScale, toYuan } from '../../format/money';
import { usePrefs } from '../../prefs';
import { RegionSelect } from '../../components/RegionSelect';

type FormValues = Omit<CompanyCreate, 'registeredCapital'> & { registeredCapital?: number | null };

interface Props {
  /** null = closed; 'new' = create; a number = edit that company. */
  target: number | 'new' | null;
  onClose(): void;
  onSaved(company: Company | null): void;
}

export function CompanyDrawer({ target, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const { moneyUnit } = usePrefs();
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const [current, setCurrent] = useState<Company | null>(null);
  const f = (k: string) => t(`companies.fields.${k}`);

  useEffect(() => {
    if (typeof target === 'number') {
      call('companies.get', { id: target })
        .then((c) => {
          setCurrent(c);
          form.setFieldsValue({
            ...c,
            registeredCapital:
              c.registeredCapital === null ? null : c.registeredCapital / moneyScale(moneyUnit),
          });
        })
        .catch((e: unknown) => message.error(errorMessage(e)));
    }
  }, [target, form, message, moneyUnit]);

  const confirmDuplicates = async (name: string): Promise<boolean> => {
    const similar = await call('companies.similar', { name, exceptId: current?.id });
    if (similar.length === 0) return true;
    return modal.confirm({
      title: t('companies.similarTitle'),
      content: (
        <div>
          <p>{t('companies.similarBody', { name })}</p>
          <ul>
            {similar.map((s) => (
              <li key={s.id}>
                {s.name} {s.creditCode ?? ''}
              </li>
            ))}
          </ul>
        </div>
      ),
      okText: t('companies.similarContinue'),
      cancelText: t('common.cancel'),
    });
  };

  const save = async () => {
    const values = await form.validateFields();
    const input: CompanyCreate = {
      ...values,
      registeredCapital:
        values.registeredCapital === null || values.registeredCapital === undefined
          ? null
          : toYuan(values.registeredCapital, moneyUnit),
    };
    setSaving(true);
    try {
      if (!current || current.name !== input.name) {
        if (!(await confirmDuplicates(input.name))) return;
      }
      const saved = current
        ? await call('companies.update', { id: current.id, patch: input })
        : await call('companies.create', input);
      message.success(t('common.saved'));
      onSaved(saved);
    } catch (e) {
      if (e instanceof ApiCallError) {
        form.setFields(
          Object.entries(e.fields).map(([name, msg]) => ({ name: name as keyof FormValues, errors: [msg] })),
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
      await call('companies.delete', { id: current.id });
      message.success(t('common.deleted'));
      onSaved(null);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      width={640}
      title={target === 'new' ? t('companies.newTitle') : t('companies.editTitle')}
      destroyOnHidden
      rootClassName="company-drawer"
      extra={
        <Space>
          {current && (
            <Popconfirm
              title={t('companies.deleteConfirm', { name: current.name })}
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
      <Form form={form} layout="vertical" onFinish={() => void save()} requiredMark>
        <Form.Item
          name="name"
          label={f('name')}
          rules={[{ required: true, whitespace: true, message: '请填写企业名称' }]}
        >
          <Input maxLength={100} autoFocus />
        </Form.Item>
        <Row gutter={12}>
          <Col span={14}>
            <Form.Item name="creditCode" label={f('creditCode')}>
              <Input
                maxLength={24}
                placeholder="18位，如 91330100MA27XXXXXX"
                style={{ fontFamily: 'monospace' }}
              />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="tier" label={f('tier')}>
              <Select allowClear options={COMPANY_TIERS.map((v) => ({ value: v, label: t(`tier.${v}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={10}>
            <Form.Item name="industry" label={f('industry')}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="chain" label={f('chain')}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="isChainLeader" label={f('isChainLeader')} valuePropName="checked">
              <Checkbox />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="hqAdcode" label={f('hqAdcode')}>
              <RegionSelect />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="sourceChannel" label={f('sourceChannel')}>
              <Input maxLength={50} placeholder="以商招商、产业链招商、基金招商…" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="hqAddress" label={f('hqAddress')}>
          <Input maxLength={200} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="registeredCapital"
              label={`${f('registeredCapital')}（${t(`money.${moneyUnit}`)}）`}
            >
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="website" label={f('website')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="intro" label={f('intro')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="talkingPoints" label={f('talkingPoints')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="notes" label={f('notes')}>
          <Input.TextArea rows={2} maxLength={4000} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
