import type { Db } from '../../db/open';
import { DomainError } from '@contract/shared/errors';
import { PRE_SIGNING_STAGES, type ProjectStage } from '@contract/projects/pipelineStages';
import type { IndicatorCode } from '@contract/targets/indicators';
import { KEY_SQL, SIGNED_WHERE, keyJoin } from './breakdown';
import { SAME_YEAR_WHERE, spanWhere } from './cycleTimes';
import {
  drillInput,
  figureArea,
  type DrillArea,
  type DrillInput,
  type DrillSumKind,
  type DrillTotals,
} from '@contract/indicators/drillSchema';
import { DROPPED_WHERE, NOW_WHERE, isLanded, reachedWhere } from './funnel';
import { CLOSURE_ROWS, CLOSURE_VALUES, ISSUE_TEAM, talksWhere, withRate } from './levels';
import { lastDayOfMonth } from '@contract/indicators/period';
import { rangeParams, resolveScope } from './scope';
import { SUMS } from './sums';
import { VISITED_COMPANIES } from './visits';
import { OPEN_HELD, OVERDUE } from './workload';
import { CYCLE_KINDS, type CycleKind } from '@contract/indicators/schema';

/**
 * Every figure of the dashboard as the records behind it: which list holds them, the SQL that
 * picks their ids, and what the figure sums over them. Each is built from the very fragments the
 * figure is counted with (sums.ts, levels.ts, visits.ts, funnel.ts …), so a card and the list it
 * opens cannot count differently. Named parameters: @from/@to (the lived part of the period),
 * @team, @at (the statistics day of a state), @today, @key.
 */
interface Figure {
  ids: string;
  sum?: { of: DrillSumKind; sql: string };
}

type Params = { from: string; to: string; team: number | null; at: string; today: string; key: unknown };

/** The table and alias each list reads; ids are matched on `<alias>.id`. */
const LIST_ALIAS: Record<DrillArea, string> = {
  projects: 'p',
  companies: 'c',
  trips: 't',
  receptions: 'r',
  serviceIssues: 's',
};
const TABLE: Record<DrillArea, string> = {
  projects: 'projects p',
  companies: 'companies c',
  trips: 'trips t',
  receptions: 'receptions r',
  serviceIssues: 'service_issues si',
};

const TEAM = '(@team IS NULL OR team_id = @team)';
const P_TEAM = '(@team IS NULL OR p.team_id = @team)';
const projects = (where: string, sum?: Figure['sum']): Figure => ({
  ids: `SELECT id FROM projects WHERE ${where} AND ${TEAM}`,
  ...(sum ? { sum } : {}),
});

const CONTRACT = { of: 'contractAmount', sql: 'coalesce(sum(p.contract_amount), 0)' } as const;
const PLANNED = { of: 'plannedAmount', sql: 'coalesce(sum(p.planned_amount), 0)' } as const;
// The money arrived within the period on each listed project, not all it ever received.
const ARRIVED = {
  of: 'arrivedAmount',
  sql: `coalesce(sum((SELECT sum(a.amount) FROM investment_arrivals a
    WHERE a.project_id = p.id AND a.arrived_on BETWEEN @from AND @to)), 0)`,
} as const;

/** Which id of a summed indicator's rows the list holds (an arrival is listed as its project). */
const SUM_LISTS: Partial<Record<IndicatorCode, { id: string; sum?: Figure['sum'] }>> = {
  contractAmount: { id: 'id', sum: CONTRACT },
  signedProjects: { id: 'id' },
  newBigProjects: { id: 'id' },
  majorIndustrial: { id: 'id' },
  startedProjects: { id: 'id' },
  producedProjects: { id: 'id' },
  arrivedAmount: { id: 'a.project_id', sum: ARRIVED },
  trips: { id: 'id' },
  visitorPersonTimes: {
    id: 'r.id',
    sum: { of: 'headcount', sql: 'coalesce(sum(r.headcount), 0)' },
  },
};

function indicatorFigure(code: IndicatorCode, at: string): Figure {
  const sum = SUMS[code];
  const list = SUM_LISTS[code];
  if (sum && list) {
    return {
      ids: `SELECT ${list.id} ${sum.rows} AND (@team IS NULL OR ${sum.ofTeam})`,
      ...(list.sum ? { sum: list.sum } : {}),
    };
  }
  switch (code) {
    case 'negotiatingBigCount':
    case 'negotiatingBigAmount':
      return {
        ids: `SELECT p.id FROM projects p WHERE ${talksWhere(at)} AND ${P_TEAM}`,
        ...(code === 'negotiatingBigAmount' ? { sum: PLANNED } : {}),
      };
    case 'companiesVisited':
      return { ids: `SELECT company FROM (${VISITED_COMPANIES})` };
    case 'serviceClosureRate':
      return { ids: `SELECT si.id ${CLOSURE_ROWS} AND (@team IS NULL OR ${ISSUE_TEAM} = @team)` };
    default:
      throw new Error(`indicator ${code} has no list`);
  }
}

function badKey(): never {
  throw new DomainError('VALIDATION', '所选分项无效', { key: '所选分项无效' });
}

const stageKey = (key: unknown, ok: (s: ProjectStage) => boolean): ProjectStage =>
  typeof key === 'string' && ok(key as ProjectStage) ? (key as ProjectStage) : badKey();

function segmentFigure(d: ReturnType<typeof parseDrill>['data'], p: Params): Figure {
  switch (d.figure) {
    case 'stageNow':
      stageKey(d.key, (s) => PRE_SIGNING_STAGES.includes(s));
      return projects(`${NOW_WHERE} AND stage = @key`, PLANNED);
    case 'stageReached':
      return projects(reachedWhere(stageKey(d.key, isLanded)), CONTRACT);
    case 'dropped':
      return projects(DROPPED_WHERE);
    case 'signedInMonth':
    case 'signedBy': {
      const dimension = d.figure === 'signedBy' ? (d.dimension ?? badKey()) : null;
      return {
        ids: `SELECT p.id FROM projects p ${dimension ? keyJoin(dimension) : ''}
          WHERE ${SIGNED_WHERE} AND ${P_TEAM} ${dimension ? `AND ${KEY_SQL[dimension]} IS @key` : ''}`,
        sum: CONTRACT,
      };
    }
    case 'talksBy': {
      const dimension = d.dimension ?? badKey();
      return {
        ids: `SELECT p.id FROM projects p ${keyJoin(dimension)}
          WHERE ${talksWhere(p.at)} AND ${P_TEAM} AND ${KEY_SQL[dimension]} IS @key`,
        sum: PLANNED,
      };
    }
    case 'arrivedInMonth':
      return indicatorFigure('arrivedAmount', p.at);
    case 'ownerOpen':
    case 'ownerOverdue':
      if (typeof d.key !== 'number') badKey();
      return {
        ids: `SELECT id FROM projects WHERE owner_id = @key AND ${OPEN_HELD}
          ${d.figure === 'ownerOverdue' ? `AND ${OVERDUE}` : ''}`,
        sum: { of: 'openAmount', sql: 'coalesce(sum(coalesce(p.contract_amount, p.planned_amount)), 0)' },
      };
    case 'cycle':
      if (!CYCLE_KINDS.includes(d.key as CycleKind)) badKey();
      return projects(spanWhere(d.key as CycleKind));
    case 'sameYearProduced':
      return projects(SAME_YEAR_WHERE);
    default:
      return indicatorFigure(d.figure, p.at);
  }
}

function parseDrill(db: Db, input: unknown) {
  const { scope, data } = resolveScope(db, drillInput, input);
  const { from, to, team, at } = rangeParams(scope);
  const params: Params = { from, to, team, at, today: scope.echo.asOf, key: data.key ?? null };
  // A month of the trend: the part of it within the lived period.
  if (data.figure === 'signedInMonth' || data.figure === 'arrivedInMonth') {
    const month = typeof data.key === 'string' && /^\d{4}-\d{2}$/.test(data.key) ? data.key : badKey();
    const last = `${month}-${String(lastDayOfMonth(Number(month.slice(0, 4)), Number(month.slice(5)))).padStart(2, '0')}`;
    if (`${month}-01` > params.from) params.from = `${month}-01`;
    if (last < params.to) params.to = last;
  }
  return { data, params };
}

function resolve(db: Db, input: unknown): { area: DrillArea; figure: Figure; params: Params } {
  const { data, params } = parseDrill(db, input);
  return { area: figureArea(data.figure), figure: segmentFigure(data, params), params };
}

/** `@name` → `?` with the values in order, for the list builder's positional parameters. */
function positional(sql: string, params: Params): { where: string; params: unknown[] } {
  const out: unknown[] = [];
  const where = sql.replace(/@(\w+)/g, (_, name: string) => {
    if (!Object.hasOwn(params, name)) throw new Error(`no parameter ${name}`);
    out.push(params[name as keyof Params]);
    return '?';
  });
  return { where, params: out };
}

/** The condition a list adds to hold exactly the records of a drill-down. */
export function drillWhere(db: Db, area: DrillArea, input: DrillInput): { where: string; params: unknown[] } {
  const resolved = resolve(db, input);
  const { figure, params } = resolved;
  if (resolved.area !== area) {
    throw new DomainError('VALIDATION', '该指标的明细不在这个列表中', {
      drill: '该指标的明细不在这个列表中',
    });
  }
  return positional(`${LIST_ALIAS[area]}.id IN (${figure.ids})`, params);
}

/** What the records of a drill-down add up to: their count and the figure's sum or rate. */
export function drillTotals(db: Db, input: unknown): DrillTotals {
  const { area, figure, params } = resolve(db, input);
  const alias = TABLE[area].split(' ')[1] as string;
  const sql =
    area === 'serviceIssues'
      ? `SELECT ${CLOSURE_VALUES}, NULL AS sum`
      : `SELECT count(*) AS total, 0 AS done, ${figure.sum?.sql ?? 'NULL'} AS sum`;
  const r = db.prepare(`${sql} FROM ${TABLE[area]} WHERE ${alias}.id IN (${figure.ids})`).get(params) as {
    total: number;
    done: number;
    sum: number | null;
  };
  const totals: DrillTotals = {
    area,
    count: r.total,
    sum: figure.sum ? { of: figure.sum.of, value: r.sum ?? 0 } : null,
  };
  if (area === 'serviceIssues') totals.parts = withRate(r);
  return totals;
}
