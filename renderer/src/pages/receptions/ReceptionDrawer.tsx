import { App, Col, DatePicker, Form, Input, InputNumber, Row } from 'antd';
import { FormDrawer } from '../../components/forms/FormContainers';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReceptionCreate } from '@contract/receptions/schema';
import { call, errorMessage } from '../../api';
import { useSubmit } from '../../components/forms/useSubmit';
import { DrawerActions } from '../../components/DrawerActions';
import { CompanyProjectSelect } from '../../components/CompanyProjectSelect';
import { CompanySelect } from '../../components/CompanySelect';
import { BusyAlert, useBusy } from '../../components/BusyAlert';
import { StaffSelect } from '../../components/StaffSelect';
import type { I18nKeyUnder } from '../../i18n/keys';

type FormValues = Omit<ReceptionCreate, 'startsOn' | 'endsOn'> & { dates: [Dayjs, Dayjs] };

interface Props {
  /** null = closed; 'new' = create; a number = edit that reception. */
  target: number | 'new' | null;
  onClose(): void;
  onSaved(): void;
}

const ISO = 'YYYY-MM-DD';

export function ReceptionDrawer({ target, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [label, setLabel] = useState('');
  const companyId = Form.useWatch('companyId', form) as number | null | undefined;
  const f = (k: I18nKeyUnder<'receptions.fields'>) => t(`receptions.fields.${k}`);
  const busy = useBusy({
    dates: Form.useWatch('dates', form),
    staffIds: [Form.useWatch('hostId', form) as number | null | undefined],
    ...(typeof target === 'number' ? { exceptReceptionId: target } : {}),
  });

  useEffect(() => {
    if (typeof target !== 'number') return;
    call('receptions.get', { id: target })
      .then((r) => {
        setLabel(r.delegation);
        form.setFieldsValue({ ...r, dates: [dayjs(r.startsOn), dayjs(r.endsOn)] });
      })
      .catch((e: unknown) => message.error(errorMessage(e)));
  }, [target, form, message]);

  const { saving, submit: save } = useSubmit(
    form,
    ({ dates, ...values }) => {
      const input: ReceptionCreate = {
        ...values,
        startsOn: dates[0].format(ISO),
        endsOn: dates[1].format(ISO),
      };
      return typeof target === 'number'
        ? call('receptions.update', { id: target, patch: input })
        : call('receptions.create', input);
    },
    { fieldAliases: { startsOn: 'dates', endsOn: 'dates' }, onSaved },
  );

  const remove = async () => {
    if (typeof target !== 'number') return;
    try {
      await call('receptions.delete', { id: target });
      message.success(t('common.deleted'));
      onSaved();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <FormDrawer
      open={target !== null}
      onClose={onClose}
      width={600}
      title={target === 'new' ? t('receptions.newTitle') : t('receptions.editTitle')}
      destroyOnHidden
      rootClassName="reception-drawer"
      extra={
        <DrawerActions
          deleteConfirm={
            typeof target === 'number' ? t('receptions.deleteConfirm', { name: label }) : undefined
          }
          saving={saving}
          onSave={() => void save()}
          onDelete={() => void remove()}
        />
      }
    >
      <Form form={form} layout="vertical" onFinish={() => void save()} initialValues={{ headcount: 1 }}>
        <Form.Item
          name="delegation"
          label={f('delegation')}
          rules={[{ required: true, whitespace: true, message: '请填写来访团组' }]}
        >
          <Input maxLength={500} autoFocus placeholder={t('receptions.placeholders.delegation')} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={14}>
            <Form.Item
              name="dates"
              label={f('dates')}
              rules={[{ required: true, message: '请选择到访和离开日期' }]}
            >
              <DatePicker.RangePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item
              name="headcount"
              label={f('headcount')}
              rules={[{ required: true, message: '请填写来访人数' }]}
            >
              <InputNumber min={1} max={10000} precision={0} style={{ width: '100%' }} addonAfter="人" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={14}>
            <Form.Item name="companyId" label={f('companyId')}>
              <CompanySelect onChange={() => form.setFieldValue('projectId', null)} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="hostId" label={f('hostId')}>
              <StaffSelect leaders />
            </Form.Item>
          </Col>
        </Row>
        <BusyAlert items={busy} />
        <Form.Item name="projectId" label={f('projectId')}>
          <CompanyProjectSelect companyId={companyId} placeholder={t('trips.visit.projectHint')} />
        </Form.Item>
        <Form.Item name="itinerary" label={f('itinerary')}>
          <Input.TextArea rows={3} maxLength={4000} placeholder={t('receptions.placeholders.itinerary')} />
        </Form.Item>
        <Form.Item name="outcome" label={f('outcome')}>
          <Input.TextArea rows={3} maxLength={4000} placeholder={t('receptions.placeholders.outcome')} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
