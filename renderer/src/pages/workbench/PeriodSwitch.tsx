import { DatePicker, Segmented, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { PERIOD_KINDS, type PeriodKind } from '@contract/indicators/period';
import { partOfYearLabel, switchKind, type PeriodState } from './periodState';

const COUNT = { half: 2, quarter: 4, month: 12 } as const;

/** 年度 / 半年 / 季度 / 月度 / 自定义, with the year and the half, quarter or month. */
export function PeriodSwitch({
  value,
  today,
  onChange,
}: {
  value: PeriodState;
  today: string;
  onChange(s: PeriodState): void;
}) {
  const { t } = useTranslation();
  const thisYear = Number(today.slice(0, 4));
  const years = Array.from({ length: 7 }, (_, i) => thisYear + 1 - i);
  const kind = value.kind;
  const nOption = (n: number): string => {
    if (kind === 'half' || kind === 'quarter') return partOfYearLabel(t, kind, n);
    return t('dashboard.period.monthOption', { n });
  };
  return (
    <>
      <Segmented
        value={kind}
        onChange={(k) => onChange(switchKind(value, k as PeriodKind, today))}
        options={PERIOD_KINDS.map((k) => ({ value: k, label: t(`dashboard.period.${k}`) }))}
        data-testid="period-kind"
      />
      {kind === 'custom' ? (
        <DatePicker.RangePicker
          allowClear={false}
          value={[dayjs(value.from), dayjs(value.to)]}
          onChange={(r) => {
            const [from, to] = r ?? [];
            if (from && to)
              onChange({ ...value, from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') });
          }}
        />
      ) : (
        <Select
          value={value.year}
          onChange={(year) => onChange({ ...value, year })}
          options={years.map((y) => ({ value: y, label: t('dashboard.period.yearLabel', { year: y }) }))}
          style={{ width: 96 }}
          aria-label={t('dashboard.period.year')}
        />
      )}
      {(kind === 'half' || kind === 'quarter' || kind === 'month') && (
        <Select
          value={value.n}
          onChange={(n) => onChange({ ...value, n })}
          options={Array.from({ length: COUNT[kind] }, (_, i) => ({ value: i + 1, label: nOption(i + 1) }))}
          style={{ width: 104 }}
          aria-label={t(`dashboard.period.${kind}`)}
        />
      )}
    </>
  );
}
