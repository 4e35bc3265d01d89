import { Checkbox, DatePicker, Form, Input } from 'antd';
import { FormModal } from '../../../components/forms/FormContainers';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { regionByAdcode, shortName } from '@contract/shared/regions';
import type { StopView, TripDetail } from '@contract/trips/schema';
import { call } from '../../../api';
import { useSubmit } from '../../../components/forms/useSubmit';
import { RegionSelect } from '../../../components/RegionSelect';
import { fromPicker, outsideTrip, toPicker } from './dates';
import type { I18nKeyUnder } from '../../../i18n/keys';

interface FormValues {
  adcode: number;
  placeName: string;
  dates?: [Dayjs | null, Dayjs | null] | null;
  pinned?: boolean;
  notes?: string | null;
}

interface Props {
  trip: TripDetail;
  /** The stop to edit; none to add one at the end of the route. */
  stop?: StopView;
  onClose(): void;
  onSaved(): void;
}

export function StopModal({ trip, stop, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const p = (k: I18nKeyUnder<'trips.planner'>) => t(`trips.planner.${k}`);

  useEffect(() => {
    if (stop) {
      form.setFieldsValue({ ...stop, dates: [toPicker(stop.arriveOn), toPicker(stop.departOn)] });
      return;
    }
    // A new stop starts without dates: a dated stop holds its place in the route (the optimiser
    // keeps dated stops in date order), so cities are ordered first and dated once settled.
    form.setFieldsValue({ dates: [null, null] });
  }, [stop, trip, form]);

  const { saving, submit: save } = useSubmit(
    form,
    ({ dates, ...values }) => {
      const input = { ...values, arriveOn: fromPicker(dates?.[0]), departOn: fromPicker(dates?.[1]) };
      return stop
        ? call('trips.updateStop', { id: stop.id, patch: input })
        : call('trips.addStop', { tripId: trip.id, ...input });
    },
    { fieldAliases: { arriveOn: 'dates', departOn: 'dates' }, onSaved },
  );

  return (
    <FormModal
      open
      title={stop ? p('editStop') : p('addStop')}
      onCancel={onClose}
      onOk={() => void save()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      destroyOnHidden
      rootClassName="stop-modal"
    >
      <Form form={form} layout="vertical" onFinish={() => void save()}>
        <Form.Item
          name="adcode"
          label={p('stopPlace')}
          rules={[{ required: true, message: '请选择停靠的城市或区县' }]}
        >
          <RegionSelect
            onChange={(code) => {
              const r = code ? regionByAdcode(code) : undefined;
              if (r) form.setFieldValue('placeName', shortName(r.name));
            }}
          />
        </Form.Item>
        <Form.Item
          name="placeName"
          label={p('stopName')}
          rules={[{ required: true, whitespace: true, message: '请填写显示名称' }]}
        >
          <Input maxLength={100} placeholder="如：杭州、余姚" />
        </Form.Item>
        <Form.Item name="dates" label={p('stopDates')}>
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            style={{ width: '100%' }}
            disabledDate={(d) => outsideTrip(trip, d)}
          />
        </Form.Item>
        <Form.Item name="pinned" valuePropName="checked">
          <Checkbox>{p('pinned')}</Checkbox>
        </Form.Item>
        <Form.Item name="notes" label={t('trips.fields.notes')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
