import {
  breakdownInput,
  periodInput,
  rankingInput,
  type BreakdownResult,
  type CycleResult,
  type FunnelResult,
  type KpiResult,
  type RankingResult,
  type TrendResult,
  type WorkloadResult,
} from '../indicators/schema';
import { drillInput, type DrillTotals } from '../indicators/drillSchema';
import { query } from './define';

export const indicatorChannels = {
  'indicators.kpis': query<KpiResult>()(periodInput),
  'indicators.funnel': query<FunnelResult>()(periodInput),
  'indicators.trend': query<TrendResult>()(periodInput),
  'indicators.breakdown': query<BreakdownResult>()(breakdownInput),
  'indicators.ranking': query<RankingResult>()(rankingInput),
  'indicators.workload': query<WorkloadResult>()(periodInput),
  'indicators.cycleTimes': query<CycleResult>()(periodInput),
  'indicators.drillTotals': query<DrillTotals>()(drillInput),
};
