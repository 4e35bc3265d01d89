import type { BreakdownDimension } from '../../../../main/domain/indicators/schema';
import { lastDayOfMonth, type DateRange } from '../../../../main/domain/indicators/period';
import type { ProjectStage } from '../../../../main/domain/projects/stages';
import {
  BIG_PROJECT_YUAN,
  IN_TALKS_STAGES,
  MAJOR_PROJECT_YUAN,
  OPEN_STAGES,
  PRODUCED_STAGES,
  SIGNED_STAGES,
  STARTED_STAGES,
  type IndicatorCode,
} from '../../../../main/domain/targets/indicators';
import { projectsDrilldownUrl, type DrilldownCondition } from '../projects/drilldown';

/**
 * Where each figure of the dashboard leads: the grid of the records behind it, with the same
 * conditions the indicator counts by (see main/domain/indicators/values.ts). `range` is the
 * part of the period already lived, as counted; `label` names the filter on the grid.
 */
export interface DrillScope {
  range: DateRange | null;
  teamId: number | null;
}

type Conditions = Record<string, DrilldownCondition>;

const NEVER: DateRange = { from: '9999-12-31', to: '9999-12-31' };

const scoped = (s: DrillScope, c: Conditions): Conditions =>
  s.teamId === null ? c : { ...c, teamId: String(s.teamId) };

const within = (s: DrillScope): { from: string; to: string } => s.range ?? NEVER;

/** Conditions of the projects behind a KPI card; null for indicators kept in other areas. */
export function kpiConditions(code: IndicatorCode, s: DrillScope): Conditions | null {
  const signed = { stage: [...SIGNED_STAGES], signedOn: within(s) };
  const table: Partial<Record<IndicatorCode, Conditions>> = {
    contractAmount: signed,
    signedProjects: signed,
    newBigProjects: { ...signed, contractAmount: { from: BIG_PROJECT_YUAN } },
    majorIndustrial: { ...signed, contractAmount: { from: MAJOR_PROJECT_YUAN }, isIndustrial: '1' },
    startedProjects: { stage: [...STARTED_STAGES], startedOn: within(s) },
    producedProjects: { stage: [...PRODUCED_STAGES], producedOn: within(s) },
    // The grid has no dated arrivals: it lists every project with money arrived.
    arrivedAmount: { arrivedAmount: { from: 1 } },
    negotiatingBigCount: { stage: [...IN_TALKS_STAGES], plannedAmount: { from: BIG_PROJECT_YUAN } },
    negotiatingBigAmount: { stage: [...IN_TALKS_STAGES], plannedAmount: { from: BIG_PROJECT_YUAN } },
  };
  const c = table[code];
  return c ? scoped(s, c) : null;
}

/**
 * Indicators kept in other areas link to those pages in the same `dd` / `f.<column>` form as
 * the projects grid (see ../projects/drilldown.ts), so each page can apply it once it reads
 * drill-downs; the trips page already opens on the `year` given.
 */
const AREA_OF: Partial<Record<IndicatorCode, { area: string; conditions(s: DrillScope): Conditions }>> = {
  trips: { area: 'trips', conditions: (s) => ({ startsOn: within(s) }) },
  companiesVisited: {
    area: 'interactions',
    conditions: (s) => ({ kind: ['visit_out'], occurredOn: within(s) }),
  },
  visitorPersonTimes: { area: 'receptions', conditions: (s) => ({ startsOn: within(s) }) },
  serviceClosureRate: { area: 'serviceIssues', conditions: (s) => ({ reportedOn: within(s) }) },
};

export function kpiUrl(code: IndicatorCode, s: DrillScope, label: string): string | null {
  const c = kpiConditions(code, s);
  if (c) return projectsDrilldownUrl(label, c);
  const other = AREA_OF[code];
  if (!other) return null;
  const url = projectsDrilldownUrl(label, scoped(s, other.conditions(s))).replace(
    '#/projects?',
    `#/${other.area}?`,
  );
  return other.area === 'trips' ? `${url}&year=${within(s).to.slice(0, 4)}` : url;
}

const LANDED_DATE: Partial<Record<ProjectStage, string>> = {
  signed: 'signedOn',
  registered: 'registeredOn',
  started: 'startedOn',
  producing: 'producedOn',
  full: 'fullOn',
};

/** A funnel stage: the projects in it now, or those that reached it within the period. */
export function stageUrl(stage: ProjectStage, s: DrillScope, label: string): string {
  const date = LANDED_DATE[stage];
  if (!date) return projectsDrilldownUrl(label, scoped(s, { stage: [stage] }));
  const held = SIGNED_STAGES.slice(SIGNED_STAGES.indexOf(stage as (typeof SIGNED_STAGES)[number]));
  return projectsDrilldownUrl(label, scoped(s, { stage: [...held], [date]: within(s) }));
}

export function droppedUrl(s: DrillScope, label: string): string {
  return projectsDrilldownUrl(label, scoped(s, { stage: ['dropped'], droppedOn: within(s) }));
}

/** One month of the trend: the signings dated in it (and within the lived period). */
export function monthUrl(month: string, s: DrillScope, label: string): string {
  const { from, to } = within(s);
  const first = `${month}-01`;
  const last = `${month}-${lastDayOfMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))}`;
  const range = { from: first > from ? first : from, to: last < to ? last : to };
  return projectsDrilldownUrl(label, scoped(s, { stage: [...SIGNED_STAGES], signedOn: range }));
}

const DIMENSION_COLUMN: Record<BreakdownDimension, string> = {
  industry: 'industry',
  chain: 'chain',
  sourceChannel: 'sourceChannel',
  province: 'hqAdcode',
};

/**
 * One slice of a breakdown: the period's signings in it. A province is a range of codes
 * (330000..339999); an unfilled value has no condition the grid can express yet, so it gives null.
 */
export function dimensionUrl(
  dimension: BreakdownDimension,
  key: string | number | null,
  s: DrillScope,
  label: string,
): string | null {
  if (key === null || key === '') return null;
  const value: DrilldownCondition =
    dimension === 'province' ? { from: Number(key), to: Number(key) + 9999 } : String(key);
  return projectsDrilldownUrl(
    label,
    scoped(s, { stage: [...SIGNED_STAGES], signedOn: within(s), [DIMENSION_COLUMN[dimension]]: value }),
  );
}

/** A person's open projects, or only those with an overdue follow-up on `today`. */
export function ownerUrl(staffId: number, overdueOn: string | null, label: string): string {
  const c: Conditions = { ownerId: String(staffId), stage: [...OPEN_STAGES] };
  if (overdueOn) c.nextFollowUpOn = { to: previousDay(overdueOn) };
  return projectsDrilldownUrl(label, c);
}

const previousDay = (iso: string): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

export const projectUrl = (id: number): string => `#/projects?open=${id}`;
