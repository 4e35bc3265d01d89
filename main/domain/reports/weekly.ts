import type { Db } from '../../db/open';
import { kpis } from '../indicators';
import { addDays } from '@contract/indicators/period';
import { listProjects } from '../projects';
import { listReceptions } from '../receptions';
import { receptionTotals } from '../receptions/totalsQuery';
import { listServiceIssues } from '../serviceIssues';
import { invalid } from '@contract/shared/errors';
import { todayLocal } from '@contract/shared/time';
import { parseOrThrow } from '../shared/validate';
import type { ProjectRow } from '@contract/projects/schema';
import { OPEN_STAGES, SIGNED_STAGES, STARTED_STAGES, type IndicatorCode } from '@contract/targets/indicators';
import {
  WEEKLY_LIST_LIMIT,
  weeklyReportInput,
  type Listed,
  type WeeklyReport,
} from '@contract/reports/schema';
import { arrivalsIn, newProjects, stageMoves, tripsDuring } from './weekLists';

export const WEEK_NOT_STARTED = '所选的周还没有开始，请选择本周或以前的周';

/** ISO 8601 week of a day: weeks start on Monday and belong to the year of their Thursday. */
export function isoWeek(day: string): { week: number; year: number } {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 3 - ((d.getUTCDay() + 6) % 7));
  const year = d.getUTCFullYear();
  return { week: Math.floor((d.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7) + 1, year };
}

const listed = <T>(page: { rows: T[]; total: number }): Listed<T> => ({ rows: page.rows, total: page.total });
const dateRange = (from: string, to: string) =>
  ({ type: 'date', op: 'inRange', value: from, valueTo: to }) as const;

/**
 * The week of a 周调度: Monday `from` (checked) to Sunday, counted up to `asOf` — the Sunday, or
 * today while the week runs. A week not yet begun is refused.
 */
export function reportWeek(input: unknown): { from: string; to: string; asOf: string } {
  const { from } = parseOrThrow(weeklyReportInput, input);
  const today = todayLocal();
  if (from > today) throw invalid('from', WEEK_NOT_STARTED);
  const to = addDays(from, 6);
  return { from, to, asOf: to < today ? to : today };
}

const weekList = (
  db: Db,
  col: 'signedOn' | 'startedOn',
  r: { from: string; to: string },
  stages: readonly string[],
): Listed<ProjectRow> =>
  listed(
    listProjects(db, {
      limit: WEEKLY_LIST_LIMIT,
      sort: [{ col, dir: 'asc' }],
      filters: { [col]: dateRange(r.from, r.to), stage: { type: 'set', values: [...stages] } },
    }),
  );

/**
 * 周调度 of the week starting on Monday `from`. Everything is counted from Monday to the week's
 * Sunday or to today while the week is still running, so the figures in the text, the lists and
 * the KPI table agree; overdue follow-ups are read on that same day.
 */
export function weeklyReport(db: Db, input: unknown): WeeklyReport {
  const { from, to, asOf } = reportWeek(input);
  const lived = { from, to: asOf };
  const year = asOf.slice(0, 4);
  const limit = WEEKLY_LIST_LIMIT;

  const kpisWeek = kpis(db, { from, to, asOf });
  const kpisYear = kpis(db, { from: `${year}-01-01`, to: `${year}-12-31`, asOf });
  const week = (code: IndicatorCode): number => kpisWeek.cards.find((c) => c.code === code)?.value ?? 0;

  const added = newProjects(db, lived);
  const moves = stageMoves(db, lived);
  const overdue = listed(
    listProjects(db, {
      limit,
      sort: [{ col: 'nextFollowUpOn', dir: 'asc' }],
      filters: {
        nextFollowUpOn: { type: 'date', op: 'lessThan', value: asOf },
        stage: { type: 'set', values: [...OPEN_STAGES] },
      },
    }),
  );
  const issuesOpened = listed(
    listServiceIssues(db, {
      limit,
      sort: [{ col: 'reportedOn', dir: 'asc' }],
      filters: { reportedOn: dateRange(from, asOf) },
    }),
  );
  const issuesClosed = listed(
    listServiceIssues(db, {
      limit,
      sort: [{ col: 'closedOn', dir: 'asc' }],
      filters: { closedOn: dateRange(from, asOf), status: { type: 'set', values: ['closed'] } },
    }),
  );
  const { week: weekNo, year: weekYear } = isoWeek(from);
  return {
    from,
    to,
    asOf,
    weekNo,
    weekYear,
    figures: {
      newProjects: added.total,
      plannedAmount: added.plannedAmount,
      stageMoves: moves.total,
      signed: week('signedProjects'),
      contractAmount: week('contractAmount'),
      started: week('startedProjects'),
      arrivedAmount: week('arrivedAmount'),
      trips: week('trips'),
      receptions: { ...receptionTotals(db, lived), visitors: week('visitorPersonTimes') },
      issuesOpened: issuesOpened.total,
      issuesClosed: issuesClosed.total,
      overdue: overdue.total,
    },
    newProjects: { rows: added.rows, total: added.total },
    stageMoves: moves,
    signings: weekList(db, 'signedOn', lived, SIGNED_STAGES),
    starts: weekList(db, 'startedOn', lived, STARTED_STAGES),
    arrivals: arrivalsIn(db, lived),
    trips: tripsDuring(db, { from, to }),
    receptions: listed(
      listReceptions(db, {
        limit,
        sort: [{ col: 'startsOn', dir: 'asc' }],
        filters: { startsOn: dateRange(from, asOf) },
      }),
    ),
    overdue,
    issuesOpened,
    issuesClosed,
    kpisWeek,
    kpisYear,
  };
}
