import { useTranslation } from 'react-i18next';
import { formatDateZh } from '../format/date';
import { formatMoney } from '../format/money';
import { formatTotal, TOTALS_UNIT } from '../format/totals';
import { usePrintEnv } from './env';

/** Money and dates on paper: the user's 万元/亿元, dates as 2026年5月21日 or 5月21日. */
export function usePrintFormat() {
  const { t } = useTranslation();
  const { moneyUnit } = usePrintEnv();
  const unit = t(`money.${moneyUnit}`);
  return {
    unit,
    money: (yuan: number | null | undefined): string => formatMoney(yuan, moneyUnit),
    /** A total or target in running text, always 亿元: '16,143.62亿元'. */
    totalText: (yuan: number | null | undefined): string =>
      `${formatTotal(yuan ?? 0)}${t(`money.${TOTALS_UNIT}`)}`,
    /** A column title with its unit: 计划投资（万元）. */
    withUnit: (title: string): string => `${title}（${unit}）`,
    date: formatDateZh,
    /** Within one year the year is left out: 5月21日. */
    shortDate: (iso: string | null | undefined): string => formatDateZh(iso).replace(/^\d{4}年/, ''),
  };
}
