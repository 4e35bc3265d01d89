import { z } from 'zod';
import type { ProjectStage } from '../projects/pipelineStages';
import { enumOf, isoDate, optionalDate, optionalId } from '../shared/fields';
import {
  INDICATOR_CODES,
  type IndicatorCode,
  type IndicatorMeasure,
  type IndicatorUnit,
} from '../targets/indicators';
import { daysInclusive, type DateRange } from './period';
import type { DoubleHalf, Progress } from './progress';

/** Five years of months is as far as a trend chart stays readable. */
const MAX_PERIOD_DAYS = 5 * 366;

export const periodShape = {
  from: isoDate('开始日期'),
  to: isoDate('结束日期'),
  /** The statistics day (统计日期); default today. Records after it are not counted yet. */
  asOf: optionalDate('统计日期'),
  /** Absent or null: the whole office. */
  teamId: optionalId('小分队'),
};

export function checkPeriod(p: { from: string; to: string }, ctx: z.RefinementCtx): void {
  if (p.from > p.to) ctx.addIssue({ code: 'custom', path: ['to'], message: '结束日期不能早于开始日期' });
  else if (daysInclusive(p.from, p.to) > MAX_PERIOD_DAYS)
    ctx.addIssue({ code: 'custom', path: ['to'], message: '统计区间不能超过5年' });
}

export const periodInput = z.strictObject(periodShape).superRefine(checkPeriod);
export type PeriodInput = z.input<typeof periodInput>;

export const BREAKDOWN_DIMENSIONS = ['industry', 'chain', 'sourceChannel', 'province'] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];

export const breakdownInput = z
  .strictObject({ ...periodShape, dimension: enumOf(BREAKDOWN_DIMENSIONS, '分类维度') })
  .superRefine(checkPeriod);
export type BreakdownInput = z.input<typeof breakdownInput>;

/** Ranks every team, so a `teamId` given here is only checked, not applied. */
export const rankingInput = z
  .strictObject({ ...periodShape, indicator: enumOf(INDICATOR_CODES, '指标') })
  .superRefine(checkPeriod);
export type RankingInput = z.input<typeof rankingInput>;

/** The resolved period every answer echoes, so the screen shows exactly what was counted. */
export interface PeriodEcho extends DateRange {
  asOf: string;
  teamId: number | null;
}

export interface KpiCard extends Progress {
  code: IndicatorCode;
  name: string;
  unit: IndicatorUnit;
  measure: IndicatorMeasure;
  definition: string;
  /** Null when there is nothing to measure (a rate without any 诉求). */
  value: number | null;
  /** The period's share of the annual target(s); null when none is set. */
  target: number | null;
  /** For 办结率: the counts behind the rate. */
  parts?: { done: number; total: number };
}

export interface KpiResult {
  period: PeriodEcho;
  /** Percent of the period elapsed on the statistics day. */
  percentElapsed: number;
  cards: KpiCard[];
  doubleHalf: DoubleHalf | null;
}

export interface FunnelStage {
  stage: ProjectStage;
  /** `now`: projects in the stage on the statistics day; `reached`: reached it within the period. */
  basis: 'now' | 'reached';
  count: number;
  /** Planned investment before signing, contract investment from signing on. */
  amount: number;
}

export interface FunnelResult {
  period: PeriodEcho;
  stages: FunnelStage[];
  /** Projects dropped (终止) within the period. */
  dropped: number;
}

export interface TrendMonth {
  /** 'YYYY-MM'. */
  month: string;
  signedCount: number;
  contractAmount: number;
  arrivedAmount: number;
  /** False for months after the statistics day: nothing to report yet. */
  reported: boolean;
}

export interface TrendResult {
  period: PeriodEcho;
  months: TrendMonth[];
}

export interface BreakdownRow {
  /** The value filtered on: text, or a province adcode (330000); null = 未填写. */
  key: string | number | null;
  label: string;
  signedCount: number;
  contractAmount: number;
  /** 亿元以上在谈 on the statistics day (as the card counts it): count and planned investment. */
  talksCount: number;
  talksAmount: number;
}

export interface BreakdownResult {
  period: PeriodEcho;
  dimension: BreakdownDimension;
  rows: BreakdownRow[];
}

export interface RankingRow {
  rank: number;
  teamId: number;
  teamName: string;
  value: number | null;
  target: number | null;
  percentDone: number | null;
  behind: boolean;
}

export interface RankingResult {
  period: PeriodEcho;
  indicator: IndicatorCode;
  percentElapsed: number;
  rows: RankingRow[];
}

export interface WorkloadRow {
  staffId: number;
  name: string;
  teamId: number | null;
  teamName: string | null;
  /** Projects still to be pushed to production (线索 … 开工). */
  openProjects: number;
  openAmount: number;
  /** Open projects whose next follow-up date has passed. */
  overdueFollowUps: number;
  /** Open projects whose next follow-up falls within the 7 days from the statistics day. */
  dueSoon: number;
  /** Projects the person owns that were signed within the period. */
  signed: number;
}

export interface WorkloadResult {
  period: PeriodEcho;
  rows: WorkloadRow[];
}

export const CYCLE_KINDS = ['contactToSigning', 'signingToStart', 'signingToProduction'] as const;
export type CycleKind = (typeof CYCLE_KINDS)[number];

export interface CycleProject {
  id: number;
  name: string;
  companyName: string | null;
  days: number;
  fromDate: string;
  toDate: string;
}

export interface CycleStat {
  kind: CycleKind;
  count: number;
  median: number | null;
  /** Projects per bucket; bucket i covers days up to CYCLE_BUCKETS[i] (the last is open). */
  buckets: number[];
  fastest: CycleProject[];
}

export interface CycleResult {
  period: PeriodEcho;
  stats: CycleStat[];
  /** 当年签约、当年投产: produced within the period and signed in the same calendar year. */
  sameYearProduced: number;
}

/** Upper bounds (days, inclusive) of the distribution's buckets; a last open bucket follows. */
export const CYCLE_BUCKETS = [30, 60, 90, 180, 365] as const;
