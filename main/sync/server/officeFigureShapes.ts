import { z } from 'zod';
import type { OfficeFigure } from '@contract/sync/serverProtocol';

/**
 * What each office figure's answer must look like before the window is given it. The channels
 * declare their outputs as types only, so these check the parts the pages read first (a list
 * where a list is drawn, a number where one is printed): a server of another version or a
 * garbled answer is refused in words instead of breaking a page. Extra fields pass.
 */

const n = z.number();
const period = z.looseObject({ from: z.string(), to: z.string(), asOf: z.string() });
const rows = <S extends z.ZodType>(row: S) => z.array(row);
const kpis = z.looseObject({
  period,
  percentElapsed: n,
  cards: rows(z.looseObject({ code: z.string(), name: z.string(), value: n.nullable() })),
});
const trend = z.looseObject({ period, months: rows(z.looseObject({ month: z.string(), signedCount: n })) });
const ranking = z.looseObject({
  period,
  rows: rows(z.looseObject({ rank: n, teamName: z.string(), value: n.nullable() })),
});
const listed = z.looseObject({ rows: z.array(z.unknown()), total: n });

export const OFFICE_FIGURE_SHAPES: Record<OfficeFigure, z.ZodType> = {
  'indicators.kpis': kpis,
  'indicators.funnel': z.looseObject({
    period,
    stages: rows(z.looseObject({ stage: z.string(), count: n })),
  }),
  'indicators.trend': trend,
  'indicators.breakdown': z.looseObject({ period, rows: rows(z.looseObject({ label: z.string() })) }),
  'indicators.ranking': ranking,
  'indicators.workload': z.looseObject({ period, rows: rows(z.looseObject({ name: z.string() })) }),
  'indicators.cycleTimes': z.looseObject({ period, stats: z.array(z.looseObject({ kind: z.string() })) }),
  'reports.weekly': z.looseObject({
    from: z.string(),
    weekNo: n,
    weekYear: n,
    figures: z.looseObject({}),
    newProjects: listed,
    signings: listed,
  }),
  'reports.targets': z.looseObject({ year: n, kpis, trend, rankings: z.array(ranking) }),
  'projects.collisions': z.looseObject({ collisions: z.array(z.looseObject({})), total: n }),
};
