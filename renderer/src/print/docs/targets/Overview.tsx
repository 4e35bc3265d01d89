import { useTranslation } from 'react-i18next';
import { pointsAhead } from '@contract/indicators/progress';
import type { KpiResult } from '@contract/indicators/schema';
import { INDICATORS } from '@contract/targets/indicators';
import { formatIndicator, formatPercent, indicatorSuffix } from '../../../format/indicator';
import { usePrintFormat } from '../../format';
import type { I18nKeyUnder } from '../../../i18n/keys';

/** 总体情况 in the reports' own sentence: "合同投资额84.57亿元，占目标任务114%；…", then 双过半. */
export function Overview({ kpis }: { kpis: KpiResult }) {
  const { t } = useTranslation();
  const f = usePrintFormat();
  const c = (k: I18nKeyUnder<'print.targets'>, o: Record<string, unknown> = {}) => t(`print.targets.${k}`, o);
  // '亿元以上在谈项目（个）' reads '亿元以上在谈项目48个' in a sentence, '接待客商人次' '接待客商253人次'.
  const spoken = (name: string, suffix: string): string => {
    const bare = name.replace(/（[^）]*）$/, '');
    return suffix && bare.endsWith(suffix) ? bare.slice(0, -suffix.length) : bare;
  };
  const items = kpis.cards
    .filter((k) => k.value !== null && k.target !== null)
    .map((k) => {
      const suffix = indicatorSuffix(t, k.code, k.unit);
      const ahead = pointsAhead(k);
      const gap = k.behind && ahead !== null ? c('behindBy', { points: Math.abs(ahead).toFixed(1) }) : '';
      return `${c('overviewItem', {
        name: spoken(k.name, suffix),
        value: `${formatIndicator(k.unit, k.value)}${suffix}`,
        percent: formatPercent(k.percentDone),
      })}${gap}`;
    });
  const dh = kpis.doubleHalf;
  return (
    <>
      <p className="pd-para" data-testid="targets-overview">
        {c('overview', { asOf: f.date(kpis.period.asOf), elapsed: formatPercent(kpis.percentElapsed) })}
        {items.length > 0 && `${items.join('；')}。`}
      </p>
      {dh && (
        <p className={`pd-para${dh.status === 'achieved' ? '' : ' pd-behind'}`}>
          {c(`doubleHalf.${dh.status}`, {
            date: f.shortDate(dh.judgedOn),
            passed: dh.passed,
            total: dh.total,
            lagging: dh.lagging.map((code) => INDICATORS[code].name).join('、'),
          })}
        </p>
      )}
    </>
  );
}
