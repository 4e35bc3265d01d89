import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetReport } from '@contract/reports/schema';
import { INDICATORS } from '@contract/targets/indicators';
import { formatPercent, indicatorSuffix } from '../../../format/indicator';
import { totalsScale, TOTALS_UNIT } from '../../../format/totals';
import { usePrintFormat } from '../../format';
import { DocHead } from '../../parts/DocHead';
import { PrintChart } from '../../parts/PrintChart';
import { Section } from '../../parts/Section';
import { KpiTable } from '../KpiTable';
import { Overview } from './Overview';
import { RankingTable } from './RankingTable';
import { indicatorChart, rankingChart, trendChart } from './targetCharts';
import type { I18nKeyUnder } from '../../../i18n/keys';

/** 目标任务完成情况: the year's indicators against targets and time, the trend, the teams ranked. */
export function TargetsDoc({ r }: { r: TargetReport }) {
  const { t } = useTranslation();
  const f = usePrintFormat();
  const c = (k: I18nKeyUnder<'print.targets'>, o: Record<string, unknown> = {}) => t(`print.targets.${k}`, o);
  const elapsed = r.kpis.percentElapsed;
  const elapsedLabel = c('elapsedLine', { value: formatPercent(elapsed) });
  const first = r.rankings[0];
  const charts = useMemo(() => {
    const unit = t(`money.${TOTALS_UNIT}`);
    const top = r.rankings[0];
    return {
      done: indicatorChart(r.kpis.cards, r.kpis.percentElapsed, elapsedLabel),
      trend: trendChart(r.trend.months, totalsScale(), {
        contract: t('print.targets.contract', { unit }),
        arrived: t('print.targets.arrived', { unit }),
        signed: t('print.targets.signedCount'),
        unit,
        countUnit: t('targets.units.count'),
      }),
      ranking: top ? rankingChart(top.rows, top.percentElapsed, elapsedLabel) : null,
    };
  }, [r, t, elapsedLabel]);
  const shownCards = r.kpis.cards.filter((k) => k.percentDone !== null).length;

  return (
    <article data-testid="target-report">
      <DocHead
        kind={t('print.targets.kind')}
        title={c('heading', { year: r.year })}
        sub={t('print.asOf', { date: f.date(r.kpis.period.asOf) })}
      />
      <Section no={1} title={c('sections.overview')}>
        <Overview kpis={r.kpis} />
      </Section>
      <Section no={2} title={c('sections.indicators')}>
        <KpiTable year={r.kpis} showGap />
        {shownCards > 0 && (
          <PrintChart
            option={charts.done}
            width={680}
            height={60 + shownCards * 26}
            title={c('chartDone')}
            label={c('chartDone')}
          />
        )}
      </Section>
      <Section no={3} title={c('sections.trend')}>
        <PrintChart
          option={charts.trend}
          width={680}
          height={300}
          title={c('chartTrend')}
          label={c('chartTrend')}
        />
      </Section>
      <Section no={4} title={c('sections.ranking')}>
        <RankingTable rankings={r.rankings} />
        {charts.ranking && first && first.rows.some((x) => x.percentDone !== null) && (
          <PrintChart
            option={charts.ranking}
            width={680}
            height={60 + first.rows.length * 26}
            title={c('chartRanking', { indicator: INDICATORS[first.indicator].name })}
            label={c('chartRanking', { indicator: INDICATORS[first.indicator].name })}
          />
        )}
      </Section>
      <Section no={5} title={c('sections.definitions')}>
        {r.kpis.cards.map((k) => (
          <p className="pd-note" key={k.code}>
            <b>{k.name}</b>
            {`（${indicatorSuffix(t, k.code, k.unit)}）：${k.definition}`}
          </p>
        ))}
      </Section>
    </article>
  );
}
