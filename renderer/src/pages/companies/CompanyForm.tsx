import { Checkbox, Col, Form, Input, Row, Select, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPANY_TIERS, type CompanyCreate } from '@contract/companies/schema';
import { regionFromCreditCode } from '@contract/shared/creditCodeRegion';
import { MoneyField } from '../../components/money/MoneyField';
import { RegionSelect } from '../../components/RegionSelect';
import type { I18nKeyUnder } from '../../i18n/keys';

export type CompanyFormValues = Omit<CompanyCreate, 'registeredCapital'> & {
  registeredCapital?: number | null;
};

/**
 * Every field of a company. A valid credit code typed or pasted while 总部所在地 is empty
 * proposes the region its characters 3–8 name, marked as inferred until the user picks one.
 */
export function CompanyForm({ form, onSubmit }: { form: FormInstance<CompanyFormValues>; onSubmit(): void }) {
  const { t } = useTranslation();
  const f = (k: I18nKeyUnder<'companies.fields'>) => t(`companies.fields.${k}`);
  const [inferred, setInferred] = useState(false);

  const onValuesChange = (changed: Partial<CompanyFormValues>) => {
    if ('hqAdcode' in changed) {
      setInferred(false);
      return;
    }
    if (!('creditCode' in changed)) return;
    // Only fill an empty region, or replace the one this box proposed itself.
    if (form.getFieldValue('hqAdcode') && !inferred) return;
    const region = regionFromCreditCode(typeof changed.creditCode === 'string' ? changed.creditCode : null);
    if (region === null) return;
    form.setFieldValue('hqAdcode', region);
    setInferred(true);
  };

  return (
    // Named, so its field ids (company_name …) do not clash with a contact form opened over it.
    <Form
      form={form}
      name="company"
      layout="vertical"
      onFinish={onSubmit}
      onValuesChange={onValuesChange}
      requiredMark
    >
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
          <Form.Item
            name="hqAdcode"
            label={f('hqAdcode')}
            extra={
              inferred ? (
                <span className="inferred-region" data-testid="inferred-region">
                  {t('companies.inferredRegion')}
                </span>
              ) : undefined
            }
          >
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
          <MoneyField name="registeredCapital" label={f('registeredCapital')} />
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
  );
}
