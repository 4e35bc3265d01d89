import { Card, Empty, Select, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DateRange } from '@contract/indicators/period';
import { INDICATOR_CODES, INDICATORS, type IndicatorCode } from '@contract/targets/indicators';
import { formatIndicator, formatPercent, indicatorSuffix } from '../../format/indicator';
import { useFigures, type FigureSource } from '../../office/useFigures';
import { kpiUrl, type DrillScope } from './drill';
import { useGo } from './go';
import { Meter } from './Meter';

interface Props {
  range: DateRange;
  scope: DrillScope;
  periodLabel: string;
  /** This laptop's ledger, or the office server's (全办公室). */
  source: FigureSource;
}

/** 月排名: the teams on one indicator, by share of their own target where they have one. */
export function RankingCard({ range, scope, periodLabel, source }: Props) {
  const { t } = useTranslation();
  const go = useGo();
  const [indicator, setIndicator] = useState<IndicatorCode>('contractAmount');
  const state = useFigures('indicators.ranking', { ...range, indicator }, source);
  const rows = state.data?.indicator === indicator ? state.data.rows : null;
  const { unit, name } = INDICATORS[indicator];
  const suffix = indicatorSuffix(t, indicator, unit);
  // Level indicators (在谈, 办结率) are read against the target alone, not the calendar.
  const elapsedFor = () =>
    INDICATORS[indicator].measure === 'time' ? (state.data?.percentElapsed ?? null) : null;
  return (
    <Card
      size="small"
      title={t('dashboard.ranking.title')}
      data-testid="ranking"
      extra={
        <Select
          size="small"
          value={indicator}
          onChange={setIndicator}
          style={{ width: 190 }}
          aria-label={t('dashboard.ranking.indicator')}
          options={INDICATOR_CODES.map((c) => ({ value: c, label: INDICATORS[c].name }))}
        />
      }
    >
      {!rows ? (
        <Skeleton active />
      ) : rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.ranking.empty')} />
      ) : (
        <div style={{ maxHeight: 300, overflowY: 'auto' }}>
          {rows.map((r) => {
            const label = t('dashboard.drill.team', { team: r.teamName, what: `${name}（${periodLabel}）` });
            const url = kpiUrl(indicator, { ...scope, teamId: r.teamId }, label);
            return (
              <div
                key={r.teamId}
                className="rank-row"
                role="button"
                tabIndex={0}
                onClick={() => go(url)}
                onKeyDown={(e) => e.key === 'Enter' && go(url)}
              >
                <span className={`rank-no${r.rank <= 3 ? ' top' : ''}`}>{r.rank}</span>
                <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                  {r.teamName}
                </span>
                <span style={{ textAlign: 'right' }}>
                  {formatIndicator(unit, r.value)}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {' '}
                    {suffix}
                  </Typography.Text>
                </span>
                {r.percentDone === null ? (
                  <span />
                ) : (
                  <Meter done={r.percentDone} elapsed={elapsedFor()} behind={r.behind} />
                )}
                <Typography.Text type={r.behind ? 'danger' : undefined} style={{ textAlign: 'right' }}>
                  {formatPercent(r.percentDone)}
                </Typography.Text>
              </div>
            );
          })}
        </div>
      )}
    </Card>
  );
}
