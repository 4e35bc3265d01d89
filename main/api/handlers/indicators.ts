import { breakdown, cycleTimes, funnel, kpis, ranking, trend, workload } from '../../domain/indicators';
import { drillTotals } from '../../domain/indicators/figures';
import { keptWhileUnchanged } from '../../db/keptAnswers';
import type { Db } from '../../db/open';
import { todayLocal } from '@contract/shared/time';
import type { HandlerGroup } from './types';

/**
 * The dashboard reads all its figures on every visit and every switch of period or team, mostly
 * with nothing written in between: each answer is kept for its input and day (the statistics day
 * defaults to today) until the ledger changes, so going back to a period costs nothing and only
 * the first read after a save works the figures out again.
 */
const kept =
  <T>(name: string, read: (db: Db, input: unknown) => T) =>
  ({ db }: { db: Db }, input: unknown): T =>
    keptWhileUnchanged(db, `indicators.${name}|${todayLocal()}|${JSON.stringify(input)}`, () =>
      read(db, input),
    );

// The domain functions parse their own input again: they are called from tests and reports too.
export const indicatorHandlers: HandlerGroup<'indicators'> = {
  'indicators.kpis': kept('kpis', kpis),
  'indicators.funnel': kept('funnel', funnel),
  'indicators.trend': kept('trend', trend),
  'indicators.breakdown': kept('breakdown', breakdown),
  'indicators.ranking': kept('ranking', ranking),
  'indicators.workload': kept('workload', workload),
  'indicators.cycleTimes': kept('cycleTimes', cycleTimes),
  'indicators.drillTotals': kept('drillTotals', drillTotals),
};
