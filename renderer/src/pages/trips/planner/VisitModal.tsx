import { Alert, DatePicker, Form, Input } from 'antd';
import { FormModal } from '../../../components/forms/FormContainers';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { visitElsewhere } from '@contract/trips/elsewhere';
import type { StopView, TripDetail } from '@contract/trips/schema';
import { call } from '../../../api';
import { useSubmit } from '../../../components/forms/useSubmit';
import { CompanyProjectSelect } from '../../../components/CompanyProjectSelect';
import { CompanySelect } from '../../../components/CompanySelect';
import { fromPicker, outsideTrip, toPicker } from './dates';
import type { I18nKeyUnder } from '../../../i18n/keys';

interface FormValues {
  companyId?: number | null;
  projectId?: number | null;
  plannedOn?: Dayjs | null;
  notes?: string | null;
}

interface Props {
  trip: TripDetail;
  stop: StopView;
  onClose(): void;
  onSaved(): void;
}

/** Plans a visit at a stop: a company, optionally one of its projects, a day. */
export function VisitModal({ trip, stop, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const companyId = Form.useWatch('companyId', form);
  const v = (k: I18nKeyUnder<'trips.visit'>) => t(`trips.visit.${k}`);
  const elsewhere = useElsewhere(stop.adcode, companyId);

  const { saving, submit: save } = useSubmit(
    form,
    ({ plannedOn, ...values }) =>
      call('trips.addVisit', { stopId: stop.id, ...values, plannedOn: fromPicker(plannedOn) }),
    { onSaved },
  );

  return (
    <FormModal
      open
      title={`${t('trips.planner.addVisit')} · ${stop.placeName}`}
      onCancel={onClose}
      onOk={() => void save()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      destroyOnHidden
      rootClassName="visit-modal"
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ plannedOn: toPicker(stop.arriveOn) }}
        onFinish={() => void save()}
      >
        <Form.Item
          name="companyId"
          label={v('company')}
          rules={[{ required: true, message: '请选择要走访的企业' }]}
        >
          <CompanySelect onChange={() => form.setFieldValue('projectId', null)} />
        </Form.Item>
        {elsewhere && (
          <Alert
            type="warning"
            showIcon
            data-testid="visit-elsewhere-warning"
            message={elsewhere}
            style={{ marginBottom: 12 }}
          />
        )}
        <Form.Item name="projectId" label={v('project')}>
          <CompanyProjectSelect companyId={companyId} placeholder={v('projectHint')} />
        </Form.Item>
        <Form.Item name="plannedOn" label={v('plannedOn')}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => outsideTrip(trip, d)} />
        </Form.Item>
        <Form.Item name="notes" label={v('notes')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** Whether the chosen company is on file in another city than the stop, asked once per choice. */
function useElsewhere(stopAdcode: number, companyId: number | null | undefined): string | null {
  const [found, setFound] = useState<{ companyId: number; text: string | null } | null>(null);
  useEffect(() => {
    if (companyId == null) return;
    let stale = false;
    call('companies.get', { id: companyId })
      .then((c) => {
        if (!stale) setFound({ companyId, text: visitElsewhere(stopAdcode, c.hqAdcode) });
      })
      .catch(() => undefined);
    return () => {
      stale = true;
    };
  }, [stopAdcode, companyId]);
  return found && found.companyId === companyId ? found.text : null;
}
