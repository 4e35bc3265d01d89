import { Checkbox, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { FormModal } from '../../components/forms/FormContainers';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TRIP_STATUSES, type TripCreate, type TripDetail } from '@contract/trips/schema';
import { call } from '../../api';
import { useSubmit } from '../../components/forms/useSubmit';
import { RegionSelect } from '../../components/RegionSelect';
import { BusyAlert, useBusy } from '../../components/BusyAlert';
import { StaffSelect, TeamSelect } from '../../components/StaffSelect';
import { usePeople } from '../projects/usePeople';
import type { I18nKeyUnder } from '../../i18n/keys';

type FormValues = Omit<TripCreate, 'startsOn' | 'endsOn'> & { dates: [Dayjs, Dayjs] };

interface Props {
  open: boolean;
  /** The trip to edit; none to create one. */
  trip?: TripDetail;
  onClose(): void;
  onSaved(trip: TripDetail): void;
}

const ISO = 'YYYY-MM-DD';

/** The trip's own fields, for a new trip and for editing the planner's header alike. */
export function TripFormModal({ open, trip, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const people = usePeople();
  const [form] = Form.useForm<FormValues>();
  const f = (k: I18nKeyUnder<'trips.fields'>) => t(`trips.fields.${k}`);
  const busy = useBusy({
    dates: Form.useWatch('dates', form),
    staffIds: [
      Form.useWatch('leaderId', form) as number | null | undefined,
      ...((Form.useWatch('memberIds', form) as number[] | undefined) ?? []),
    ],
    exceptTripId: trip?.id,
  });
  const staffOptions = useMemo(
    () => people.staff.filter((s) => s.active).map((s) => ({ value: s.id, label: s.name })),
    [people.staff],
  );

  useEffect(() => {
    if (!open) return;
    if (trip) {
      form.setFieldsValue({
        ...trip,
        memberIds: trip.members.map((m) => m.id),
        dates: [dayjs(trip.startsOn), dayjs(trip.endsOn)],
      });
      return;
    }
    // A zone sets out from the same place every time: start from where the last trip did.
    call('trips.list', { limit: 1, sort: [{ col: 'updatedAt', dir: 'desc' }] })
      .then((p) => {
        const home = p.rows[0]?.homeAdcode;
        if (home && !form.getFieldValue('homeAdcode')) form.setFieldValue('homeAdcode', home);
      })
      .catch(() => undefined);
  }, [open, trip, form]);

  const { saving, submit: save } = useSubmit(
    form,
    ({ dates, ...values }) => {
      const input: TripCreate = { ...values, startsOn: dates[0].format(ISO), endsOn: dates[1].format(ISO) };
      return trip ? call('trips.update', { id: trip.id, patch: input }) : call('trips.create', input);
    },
    { success: false, fieldAliases: { startsOn: 'dates', endsOn: 'dates' }, onSaved },
  );

  return (
    <FormModal
      open={open}
      title={trip ? t('trips.editTitle') : t('trips.newTitle')}
      onCancel={onClose}
      onOk={() => void save()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      width={640}
      destroyOnHidden
      rootClassName="trip-form"
    >
      <Form form={form} layout="vertical" initialValues={{ returnHome: true }} onFinish={() => void save()}>
        <Form.Item
          name="title"
          label={f('title')}
          rules={[{ required: true, whitespace: true, message: '请填写行程名称' }]}
        >
          <Input maxLength={100} autoFocus placeholder="如：长三角招商考察（宁波、杭州、上海）" />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="dates"
              label={f('dates')}
              rules={[{ required: true, message: '请选择出发和返回日期' }]}
            >
              <DatePicker.RangePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="leaderId" label={f('leaderId')}>
              <StaffSelect leaders placeholder="选择带队领导" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="teamId" label={f('teamId')}>
              <TeamSelect />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="memberIds" label={f('memberIds')}>
              <Select
                mode="multiple"
                allowClear
                placeholder={f('memberHint')}
                optionFilterProp="label"
                options={staffOptions}
                maxTagCount="responsive"
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12} align="bottom">
          <Col span={12}>
            <Form.Item name="homeAdcode" label={f('homeAdcode')}>
              <RegionSelect />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="returnHome" valuePropName="checked">
              <Checkbox>{f('returnHome')}</Checkbox>
            </Form.Item>
          </Col>
        </Row>
        <BusyAlert items={busy} />
        {trip && (
          <Form.Item name="status" label={f('status')}>
            <Select options={TRIP_STATUSES.map((s) => ({ value: s, label: t(`trips.status.${s}`) }))} />
          </Form.Item>
        )}
        <Form.Item name="purpose" label={f('purpose')}>
          <Input.TextArea
            rows={2}
            maxLength={2000}
            placeholder="如：对接新能源汽车零部件产业链企业，跟进在谈项目"
          />
        </Form.Item>
        <Form.Item name="notes" label={f('notes')}>
          <Input.TextArea rows={2} maxLength={4000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
