import { App, Button, Form, InputNumber, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_ROAD_FACTOR, type SettingSet, type Settings } from '@contract/settings/schema';
import { ApiCallError, call, errorMessage } from '../../api';
import { useSubmit } from '../../components/forms/useSubmit';
import type { I18nKeyUnder } from '../../i18n/keys';

type Rules = Pick<Settings, 'leaderTripQuota' | 'quietDayLimits' | 'roadFactor'>;

/** A refusal names the setting's value ("value.city"); the form holds it under the rule's key. */
function underRule(key: keyof Rules, e: unknown): unknown {
  if (!(e instanceof ApiCallError)) return e;
  const fields = Object.fromEntries(
    Object.entries(e.fields).map(([name, msg]) => [name.replace(/^value(?=\.|$)/, key), msg]),
  );
  return new ApiCallError({ code: e.code, message: e.message, fields });
}

/**
 * The zone's own trip rules, where they are used: yearly quotas by leader level, the quiet-day
 * limits and the road factor. Each is one audited setting; a change is saved only if it differs.
 */
export function TripRulesForm({ onSaved }: { onSaved(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Rules>();
  const [saved, setSaved] = useState<Rules | null>(null);
  const r = (k: I18nKeyUnder<'trips.rules'>) => t(`trips.rules.${k}`);

  useEffect(() => {
    call('settings.get', {})
      .then((s) => {
        const rules = {
          leaderTripQuota: s.leaderTripQuota,
          quietDayLimits: s.quietDayLimits,
          roadFactor: s.roadFactor,
        };
        setSaved(rules);
        form.setFieldsValue(rules);
      })
      .catch((e: unknown) => message.error(errorMessage(e)));
  }, [form, message]);

  const { saving, submit: save } = useSubmit(
    form,
    async (values) => {
      for (const key of ['leaderTripQuota', 'quietDayLimits', 'roadFactor'] as const) {
        if (saved && JSON.stringify(values[key]) === JSON.stringify(saved[key])) continue;
        await call('settings.set', { key, value: values[key] } as SettingSet).catch((e: unknown) => {
          throw underRule(key, e);
        });
      }
    },
    {
      onSaved: (_, values) => {
        setSaved(values);
        onSaved();
      },
    },
  );

  const whole = { min: 0, max: 365, precision: 0, style: { width: 72 } };
  return (
    <Form
      form={form}
      layout="inline"
      requiredMark={false}
      className="trip-rules"
      onFinish={() => void save()}
      data-testid="trip-rules"
    >
      <Typography.Text strong>{r('title')}</Typography.Text>
      <Form.Item
        label={r('city')}
        name={['leaderTripQuota', 'city']}
        rules={[{ required: true, message: r('required') }]}
      >
        <InputNumber {...whole} addonAfter="次" />
      </Form.Item>
      <Form.Item
        label={r('zone')}
        name={['leaderTripQuota', 'zone']}
        rules={[{ required: true, message: r('required') }]}
      >
        <InputNumber {...whole} addonAfter="次" />
      </Form.Item>
      <Form.Item
        label={r('quietVisits')}
        name={['quietDayLimits', 'visitsPerMonth']}
        rules={[{ required: true, message: r('required') }]}
      >
        <InputNumber {...whole} max={31} addonAfter="次" />
      </Form.Item>
      <Form.Item
        label={r('quietDays')}
        name={['quietDayLimits', 'daysPerMonth']}
        rules={[{ required: true, message: r('required') }]}
      >
        <InputNumber {...whole} max={31} addonAfter="天" />
      </Form.Item>
      <Form.Item label={r('roadFactor')} tooltip={r('roadFactorHint')}>
        <Space size={8}>
          <Form.Item noStyle name="roadFactor" rules={[{ required: true, message: r('required') }]}>
            <InputNumber
              min={1}
              max={2}
              step={0.05}
              precision={2}
              style={{ width: 80 }}
              aria-label={r('roadFactor')}
            />
          </Form.Item>
          <Typography.Text type="secondary" data-testid="road-factor-reason">
            {t('trips.rules.roadFactorReason', { factor: DEFAULT_ROAD_FACTOR })}
          </Typography.Text>
        </Space>
      </Form.Item>
      <Space>
        <Button htmlType="submit" loading={saving}>
          {t('common.save')}
        </Button>
      </Space>
    </Form>
  );
}
