import { Card, Empty, Segmented, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BREAKDOWN_DIMENSIONS,
  type BreakdownDimension,
  type BreakdownRow,
} from '@contract/indicators/schema';
import type { DateRange } from '@contract/indicators/period';
import { useFigures, type FigureSource } from '../../office/useFigures';
import { BreakdownBars } from './BreakdownBars';
import { BreakdownMap } from './BreakdownMap';
import { dimensionUrl, type DrillScope } from './drill';
import { useGo } from './go';

interface Props {
  range: DateRange;
  teamId: number | null;
  scope: DrillScope;
  periodLabel: string;
  /** This laptop's ledger, or the office server's (全办公室). */
  source: FigureSource;
}

/** Signings of the period and 亿元以上 projects in talks, by industry, 产业链, source or HQ province (a map). */
export function BreakdownCard({ range, teamId, scope, periodLabel, source }: Props) {
  const { t } = useTranslation();
  const go = useGo();
  const [dimension, setDimension] = useState<BreakdownDimension>('industry');
  const state = useFigures('indicators.breakdown', { ...range, teamId, dimension }, source);
  const rows = state.data?.dimension === dimension ? state.data.rows : null;
  const open = (row: BreakdownRow, what: 'signed' | 'talks' = 'signed') => {
    const label = t(`dashboard.drill.${what === 'signed' ? 'dimension' : 'dimensionTalks'}`, {
      dimension: t(`dashboard.breakdown.dimensions.${dimension}`),
      value: row.label,
      period: periodLabel,
    });
    go(dimensionUrl(dimension, row.key, scope, label, what));
  };
  return (
    <Card
      size="small"
      title={t('dashboard.breakdown.title')}
      data-testid="breakdown"
      extra={
        <Segmented
          size="small"
          value={dimension}
          onChange={(v) => setDimension(v as BreakdownDimension)}
          options={BREAKDOWN_DIMENSIONS.map((d) => ({
            value: d,
            label: t(`dashboard.breakdown.dimensions.${d}`),
          }))}
        />
      }
    >
      {!rows ? (
        <Skeleton active />
      ) : rows.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('dashboard.breakdown.empty')}
          style={{ height: 300 }}
        />
      ) : dimension === 'province' ? (
        <BreakdownMap rows={rows} onOpen={open} />
      ) : (
        <BreakdownBars rows={rows} onOpen={open} />
      )}
    </Card>
  );
}
