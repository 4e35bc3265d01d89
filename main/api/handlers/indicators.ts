import { breakdown, cycleTimes, funnel, kpis, ranking, trend, workload } from '../../domain/indicators';
import { drillTotals } from '../../domain/indicators/figures';
import type { HandlerGroup } from './types';

// The domain functions parse their own input again: they are called from tests and reports too.
export const indicatorHandlers: HandlerGroup<'indicators'> = {
  'indicators.kpis': ({ db }, input) => kpis(db, input),
  'indicators.funnel': ({ db }, input) => funnel(db, input),
  'indicators.trend': ({ db }, input) => trend(db, input),
  'indicators.breakdown': ({ db }, input) => breakdown(db, input),
  'indicators.ranking': ({ db }, input) => ranking(db, input),
  'indicators.workload': ({ db }, input) => workload(db, input),
  'indicators.cycleTimes': ({ db }, input) => cycleTimes(db, input),
  'indicators.drillTotals': ({ db }, input) => drillTotals(db, input),
};
