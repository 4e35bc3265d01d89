import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DoubleHalf } from '@contract/indicators/progress';
import { formatDateZh } from '../../format/date';
import { INDICATORS } from '@contract/targets/indicators';

const COLOR = { achieved: 'green', pending: 'blue', missed: 'red' } as const;

/**
 * 双过半 of the year: achieved (also early), still open before 30 June, or missed. After 30 June
 * it is the verdict of 30 June, and says so.
 */
export function DoubleHalfBadge({ value, asOf }: { value: DoubleHalf | null; asOf: string }) {
  const { t } = useTranslation();
  if (!value) return null;
  const names = value.lagging.map((c) => INDICATORS[c].name).join('、');
  return (
    <Tooltip
      title={
        <>
          <div>{t('dashboard.doubleHalf.rule')}</div>
          {names && <div style={{ marginTop: 4 }}>{t('dashboard.doubleHalf.lagging', { names })}</div>}
        </>
      }
    >
      <Tag
        color={COLOR[value.status]}
        data-testid="double-half"
        style={{ marginInlineEnd: 0, fontSize: 13, padding: '2px 8px' }}
      >
        {t(`dashboard.doubleHalf.${value.status}`, { passed: value.passed, total: value.total })}
        {value.judgedOn !== asOf &&
          t('dashboard.doubleHalf.judgedOn', { date: formatDateZh(value.judgedOn).replace(/^\d{4}年/, '') })}
      </Tag>
    </Tooltip>
  );
}
