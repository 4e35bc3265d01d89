import { useTranslation } from 'react-i18next';
import { pointsAhead } from '@contract/indicators/progress';
import type { KpiCard, KpiResult } from '@contract/indicators/schema';
import { formatIndicator, formatPercent, indicatorSuffix } from '../../format/indicator';
import { PrintTable } from '../parts/PrintTable';
import type { I18nKeyUnder } from '../../i18n/keys';

interface Props {
  year: KpiResult;
  /** The week's own figures (周调度), beside the year's. */
  week?: KpiResult;
  /** Percentage points ahead of (+) or behind (−) 序时进度: the target report's 较序时进度. */
  showGap?: boolean;
}

/** The indicators against the year's targets and the calendar, flagged when behind. */
export function KpiTable({ year, week, showGap }: Props) {
  const { t } = useTranslation();
  const k = (key: I18nKeyUnder<'print.kpi'>) => t(`print.kpi.${key}`);
  const weekByCode = new Map(week?.cards.map((c) => [c.code, c]));
  const value = (c: KpiCard | undefined, v: number | null | undefined) =>
    c ? formatIndicator(c.unit, v ?? null) : '—';
  const state = (c: KpiCard) =>
    c.percentDone === null ? (
      <span className="pd-note">{k('noTarget')}</span>
    ) : c.behind ? (
      <span className="pd-behind">{k('behind')}</span>
    ) : (
      k('ok')
    );
  // 个百分点 with one decimal, as the offices write "落后序时进度5.2个百分点".
  const gap = (c: KpiCard) => {
    const ahead = pointsAhead(c);
    return ahead === null ? '—' : `${ahead >= 0 ? '+' : '−'}${Math.abs(ahead).toFixed(1)}`;
  };

  return (
    <PrintTable<KpiCard>
      testId="kpi-table"
      rows={year.cards}
      rowKey={(c) => c.code}
      empty={t('print.none')}
      columns={[
        { key: 'name', title: k('indicator'), render: (c) => c.name },
        {
          key: 'unit',
          title: k('unit'),
          width: '7%',
          nowrap: true,
          render: (c) => indicatorSuffix(t, c.code, c.unit),
        },
        ...(week
          ? [
              {
                key: 'week',
                title: k('week'),
                num: true,
                width: '11%',
                // A level (在谈, 办结率) is a state, not something done in a week.
                render: (c: KpiCard) =>
                  c.measure === 'level' ? '—' : value(weekByCode.get(c.code), weekByCode.get(c.code)?.value),
              },
            ]
          : []),
        { key: 'value', title: k('year'), num: true, width: '12%', render: (c) => value(c, c.value) },
        { key: 'target', title: k('target'), num: true, width: '12%', render: (c) => value(c, c.target) },
        {
          key: 'done',
          title: k('done'),
          num: true,
          width: '9%',
          render: (c) => (
            <span className={c.behind ? 'pd-behind' : undefined}>{formatPercent(c.percentDone)}</span>
          ),
        },
        {
          key: 'elapsed',
          title: k('elapsed'),
          num: true,
          width: '9%',
          render: (c) => formatPercent(c.percentElapsed),
        },
        ...(showGap ? [{ key: 'gap', title: k('gap'), num: true, width: '11%', render: gap }] : []),
        { key: 'state', title: k('state'), width: '9%', nowrap: true, render: state },
      ]}
    />
  );
}
