import { App, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { monthsBefore, todayLocal } from '@contract/shared/time';
import { call, errorMessage } from '../../api';

const CHOICES = [0, 12, 36, 60] as const;

/**
 * 操作记录保留: how long the history keeps old values. Shortening it removes entries at once,
 * so the change is confirmed with the day before which everything goes.
 */
export function RetentionField({ id }: { id?: string }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [months, setMonths] = useState<number | null>(null);
  useEffect(() => {
    call('settings.get', {})
      .then((s) => setMonths(s.auditRetentionMonths))
      .catch((e: unknown) => message.error(errorMessage(e)));
  }, [message]);

  const save = (value: number) => {
    const apply = () =>
      call('settings.set', { key: 'auditRetentionMonths', value })
        .then((s) => {
          setMonths(s.auditRetentionMonths);
          void message.success(t('common.saved'));
        })
        .catch((e: unknown) => message.error(errorMessage(e)));
    const shorter = value !== 0 && (months === 0 || (months !== null && value < months));
    if (!shorter) return void apply();
    modal.confirm({
      title: t('settings.retention'),
      content: t('settings.retentionConfirm', { day: monthsBefore(todayLocal(), value) }),
      okButtonProps: { danger: true },
      onOk: apply,
    });
  };

  return (
    <Select
      id={id}
      value={months ?? undefined}
      loading={months === null}
      onChange={save}
      style={{ width: 160 }}
      data-testid="audit-retention"
      options={CHOICES.map((m) => ({
        value: m,
        label: m === 0 ? t('settings.retentionForever') : t('settings.retentionMonths', { count: m }),
      }))}
    />
  );
}
