import { DatePicker, Form, Input, Select } from 'antd';
import { FormModal } from '../../../components/forms/FormContainers';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { EVENT_KINDS, type EventKind, type StopView, type TripDetail } from '@contract/trips/schema';
import { call } from '../../../api';
import { useSubmit } from '../../../components/forms/useSubmit';
import { fromPicker, outsideTrip, toPicker } from './dates';
import type { I18nKeyUnder } from '../../../i18n/keys';

interface FormValues {
  kind: EventKind;
  title: string;
  heldOn?: Dayjs | null;
  notes?: string | null;
}

/** A promotion meeting, forum or signing held at a stop. */
export function EventModal({
  trip,
  stop,
  onClose,
  onSaved,
}: {
  trip: TripDetail;
  stop: StopView;
  onClose(): void;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const e = (k: I18nKeyUnder<'trips.event'>) => t(`trips.event.${k}`);
  const suggest = (kind: EventKind) =>
    kind === 'other' ? '' : `${stop.placeName}${t(`trips.eventKinds.${kind}`)}`;

  const { saving, submit: save } = useSubmit(
    form,
    ({ heldOn, ...values }) =>
      call('trips.addEvent', { stopId: stop.id, ...values, heldOn: fromPicker(heldOn) }),
    { onSaved },
  );

  return (
    <FormModal
      open
      title={`${t('trips.planner.addEvent')} · ${stop.placeName}`}
      onCancel={onClose}
      onOk={() => void save()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'promotion', title: suggest('promotion'), heldOn: toPicker(stop.arriveOn) }}
        onFinish={() => void save()}
      >
        <Form.Item name="kind" label={e('kind')}>
          <Select
            options={EVENT_KINDS.map((k) => ({ value: k, label: t(`trips.eventKinds.${k}`) }))}
            onChange={(k: EventKind) => form.setFieldValue('title', suggest(k))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={e('title')}
          rules={[{ required: true, whitespace: true, message: '请填写活动名称' }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="heldOn" label={e('heldOn')}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => outsideTrip(trip, d)} />
        </Form.Item>
        <Form.Item name="notes" label={e('notes')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
