// Pure: what each printed document asks for and gets, in one channel call each. The renderer
// imports these types for the print routes and the in-app preview.
import { z } from 'zod';
import type { Company } from '../companies/schema';
import type { ContactRow } from '../contacts/schema';
import type { KpiResult, RankingResult, TrendResult } from '../indicators/schema';
import type { InteractionRow } from '../interactions/schema';
import type { ProjectRow } from '../projects/schema';
import type { ProjectStage } from '../projects/pipelineStages';
import type { ReceptionRow } from '../receptions/schema';
import type { ReceptionTotals } from '../receptions/totalsWording';
import type { ServiceIssueRow } from '../serviceIssues/schema';
import { id, isoDate, optionalDate } from '../shared/fields';
import { isIsoDate } from '../shared/time';
import type { LngLat } from '../shared/regions';
import type { VisitPlace } from '../trips/planningSchema';
import type { EventKind, TripDetail, TripStatus, VisitStatus } from '../trips/schema';
import type { TripTotals } from '../trips/totalsWording';
import { MAX_REPORT_YEAR, MIN_REPORT_YEAR, mondayOf } from '../print/routes';

export const companyReportInput = z.strictObject({ id: id('企业编号') });
export const tripReportInput = z.strictObject({ id: id('行程编号') });

export const NOT_MONDAY = '周调度的起始日应为星期一';
export const weeklyReportInput = z
  .strictObject({ from: isoDate('周起始日') })
  // Zod runs this even when `from` already failed as a date: only a real date is asked its weekday.
  .refine((w) => !isIsoDate(w.from) || mondayOf(w.from) === w.from, { message: NOT_MONDAY, path: ['from'] });
export type WeeklyReportInput = z.input<typeof weeklyReportInput>;

export const targetReportInput = z.strictObject({
  year: z
    .number({ error: '年度应为数字' })
    .int('年度应为整数')
    .min(MIN_REPORT_YEAR, `年度应在${MIN_REPORT_YEAR}至${MAX_REPORT_YEAR}之间`)
    .max(MAX_REPORT_YEAR, `年度应在${MIN_REPORT_YEAR}至${MAX_REPORT_YEAR}之间`),
  /** The statistics day; default today (or 31 December of a past year). */
  asOf: optionalDate('统计日期'),
});
export type TargetReportInput = z.input<typeof targetReportInput>;

/** Lists in a briefing stop here; the document says how many more there are. */
export const BRIEF_LIMITS = { contacts: 8, interactions: 3, projects: 12, issues: 10 } as const;

/** 客商简报: everything a leader should know before meeting the company ("一口清、问不倒"). */
export interface CompanyBrief {
  company: Company;
  /** '浙江省 杭州市 滨江区'; '' when the headquarters is not on file. */
  hqRegion: string;
  /** Key contacts first. */
  contacts: ContactRow[];
  contactsTotal: number;
  projects: ProjectRow[];
  projectsTotal: number;
  /** Newest first. */
  interactions: InteractionRow[];
  interactionsTotal: number;
  /** Not yet closed, the ones due first on top. */
  openIssues: ServiceIssueRow[];
  openIssuesTotal: number;
}

export interface ItineraryVisit {
  companyName: string | null;
  projectName: string | null;
  status: VisitStatus;
}

/** One day of a trip: where the team is and whom it meets. */
export interface ItineraryDay {
  /** YYYY-MM-DD; null for the visits and events not yet given a date. */
  date: string | null;
  places: string[];
  visits: ItineraryVisit[];
  events: { kind: EventKind; title: string }[];
}

export interface DossierStop {
  seq: number;
  placeName: string;
  adcode: number;
  arriveOn: string | null;
  departOn: string | null;
  center: LngLat | null;
  visitCount: number;
}

/** One company to visit, in visit order, with its one-pager. */
export interface DossierVisit {
  /** 1-based number of the stop on the route. */
  stopNo: number;
  placeName: string;
  plannedOn: string | null;
  status: VisitStatus;
  brief: CompanyBrief;
}

/** 出访手册. */
export interface TripDossier {
  trip: TripDetail;
  statusLabel: string;
  totals: TripTotals;
  totalsText: string;
  home: { name: string; center: LngLat | null } | null;
  stops: DossierStop[];
  days: ItineraryDay[];
  /** The companies to meet as points on the route map. */
  places: VisitPlace[];
  visits: DossierVisit[];
}

export interface WeeklyProject {
  id: number;
  name: string;
  companyName: string | null;
  stage: ProjectStage;
  plannedAmount: number | null;
  ownerName: string | null;
  on: string;
}

export interface WeeklyStageMove {
  projectId: number;
  projectName: string;
  companyName: string | null;
  fromStage: ProjectStage;
  toStage: ProjectStage;
  changedOn: string;
  reason: string | null;
}

export interface WeeklyArrival {
  projectName: string;
  companyName: string | null;
  arrivedOn: string;
  amount: number;
  note: string | null;
}

export interface WeeklyTrip {
  id: number;
  title: string;
  leaderName: string | null;
  startsOn: string;
  endsOn: string;
  status: TripStatus;
  places: string;
  visitsDone: number;
  visitsPlanned: number;
}

/** A list of the week with how many rows there are in all (lists stop at WEEKLY_LIST_LIMIT). */
export interface Listed<T> {
  rows: T[];
  total: number;
}

export const WEEKLY_LIST_LIMIT = 100;

/**
 * The figures of the 周调度's summary sentence. Where an indicator exists (签约, 开工, 合同投资额,
 * 实到, 外出招商, 接待人次) the figure is that indicator's value for the week, the very number
 * the KPI table's 本周完成 column shows; the others are the totals of the appended lists.
 */
export interface WeeklyFigures {
  newProjects: number;
  plannedAmount: number;
  stageMoves: number;
  signed: number;
  contractAmount: number;
  started: number;
  arrivedAmount: number;
  /** 外出招商 that set out in the week (the indicator's rule), not every trip on the road. */
  trips: number;
  receptions: ReceptionTotals;
  issuesOpened: number;
  issuesClosed: number;
  overdue: number;
}

/** 周调度: one week's work, Monday to Sunday, with the year's targets beside it. */
export interface WeeklyReport {
  from: string;
  to: string;
  /** The snapshot day (overdue follow-ups): the week's Sunday, or today while the week runs. */
  asOf: string;
  /** ISO week and its year (a week at New Year belongs to the year of its Thursday). */
  weekNo: number;
  weekYear: number;
  figures: WeeklyFigures;
  newProjects: Listed<WeeklyProject>;
  stageMoves: Listed<WeeklyStageMove>;
  signings: Listed<ProjectRow>;
  /** Projects that started construction (开工) in the week and still hold that stage or later. */
  starts: Listed<ProjectRow>;
  arrivals: Listed<WeeklyArrival>;
  /** Trips on the road at any time in the week, also those that set out before it. */
  trips: WeeklyTrip[];
  receptions: Listed<ReceptionRow>;
  overdue: Listed<ProjectRow>;
  issuesOpened: Listed<ServiceIssueRow>;
  issuesClosed: Listed<ServiceIssueRow>;
  /** The week's own figures and the year to the week's end, against the year's targets. */
  kpisWeek: KpiResult;
  kpisYear: KpiResult;
}

/** Indicators the team ranking of the target report is shown for, the first one ranks. */
export const RANKED_INDICATORS = ['contractAmount', 'arrivedAmount', 'newBigProjects'] as const;

/** 目标任务完成情况. */
export interface TargetReport {
  year: number;
  kpis: KpiResult;
  trend: TrendResult;
  rankings: RankingResult[];
}
