// Pure: inputs and results of the planning aids (totals, optimiser, nearby leads, rules, charts).
import { z } from 'zod';
import { COMPANY_TIERS, type CompanyTier } from '../companies/schema';
import type { LeaderLevel } from '../people/schema';
import type { ProjectStage } from '../projects/pipelineStages';
import { enumOf, id, isoDate, optionalDate, optionalId, optionalText } from '../shared/fields';
import type { LngLat } from '../shared/regions';
import type { TripStatus, VisitStatus } from './schema';
import type { TripTotals } from './totalsWording';

const year = z
  .number({ error: '年度应为数字' })
  .int('年度应为整数')
  .min(2000, '年度应在2000至2100之间')
  .max(2100, '年度应在2000至2100之间');

const TO_BEFORE_FROM = '截止日期不能早于起始日期';

export const periodInput = z
  .strictObject({
    from: isoDate('起始日期'),
    to: isoDate('截止日期'),
    leaderId: optionalId('带队领导'),
    teamId: optionalId('小分队'),
  })
  .refine((p) => p.to >= p.from, { message: TO_BEFORE_FROM, path: ['to'] });
export type PeriodInput = z.input<typeof periodInput>;

export const yearInput = z.strictObject({
  year,
  leaderId: optionalId('带队领导'),
  teamId: optionalId('小分队'),
});
export type YearInput = z.input<typeof yearInput>;

export const optimiseInput = z.strictObject({
  tripId: id('行程编号'),
  /** Keep the last stop last (e.g. the trip ends at an event there). */
  keepLastStop: z.boolean().optional(),
});
export type OptimiseInput = z.input<typeof optimiseInput>;

export const nearbyInput = z.strictObject({
  stopId: id('停靠点编号'),
  radiusKm: z
    .number({ error: '搜索半径应为数字' })
    .min(1, '搜索半径应在1至1000公里之间')
    .max(1000, '搜索半径应在1至1000公里之间'),
  limit: z.number().int().min(1).max(200).optional(),
  /** Only companies of this 产业链 (the zone's key chains are what a trip is planned around). */
  chain: optionalText('产业链', 50),
  /** Only companies of these tiers (世界500强, 上市公司 …); empty or absent: any. */
  tiers: z.array(enumOf(COMPANY_TIERS, '企业层级')).max(COMPANY_TIERS.length).optional(),
});
export type NearbyInput = z.input<typeof nearbyInput>;

export const quietDayInput = z
  .strictObject({
    tripId: optionalId('行程编号'),
    from: optionalDate('起始日期'),
    to: optionalDate('截止日期'),
  })
  .refine((q) => q.tripId != null || (q.from && q.to), {
    message: '请指定行程，或起止日期',
    path: ['tripId'],
  })
  .refine((q) => !q.from || !q.to || q.to >= q.from, { message: TO_BEFORE_FROM, path: ['to'] });
export type QuietDayInput = z.input<typeof quietDayInput>;

export interface TotalsGroup {
  id: number | null;
  name: string;
  totals: TripTotals;
  text: string;
}

export interface PeriodTotals {
  totals: TripTotals;
  /** '外出招商5次36天，总行程2.1万公里，跨8省23地，走访企业76家'. */
  text: string;
  /** Trips still 计划 among those counted. */
  plannedTrips: number;
  byLeader: TotalsGroup[];
  byTeam: TotalsGroup[];
}

export interface OneTripTotals {
  totals: TripTotals;
  text: string;
  roadFactor: number;
}

export interface OptimiseResult {
  current: number[];
  /** Stop ids in the proposed order; apply with trips.reorderStops. */
  proposed: number[];
  kmBefore: number;
  kmAfter: number;
  /** Proven shortest (up to 12 movable stops) or a good heuristic order. */
  exact: boolean;
  changed: boolean;
}

export interface NearbyLead {
  companyId: number;
  companyName: string;
  chain: string | null;
  tier: CompanyTier | null;
  projectId: number | null;
  projectName: string | null;
  stage: ProjectStage | null;
  /** Contract amount, else planned amount, yuan. */
  amount: number | null;
  distanceKm: number;
  /** 'exact' from the company's coordinates, 'region' from its headquarters' division. */
  located: 'exact' | 'region';
  lastContactOn: string | null;
  daysSinceContact: number | null;
  /** Already on this trip's visit list (not cancelled). */
  onTrip: boolean;
}

export type QuotaStatus = 'met' | 'onTrack' | 'behind' | 'noQuota';

export interface QuotaRow {
  leaderId: number;
  leaderName: string;
  leaderLevel: LeaderLevel | null;
  teamName: string | null;
  /** Trips a year the settings ask of this level; null when none is set. */
  quota: number | null;
  done: number;
  ongoing: number;
  planned: number;
  /** Trips the quota asks for by the reference day (时间过半、任务过半). */
  expectedByNow: number | null;
  status: QuotaStatus;
}

export interface QuietDayWarning {
  companyId: number;
  companyName: string;
  /** 'YYYY-MM'. */
  month: string;
  visits: number;
  days: number;
  /** Every day counted, ascending. */
  dates: string[];
  exceeds: ('visits' | 'days')[];
  /** Names the company, the month, the dates and the limit broken. */
  message: string;
}

export interface VisitPlace {
  visitId: number;
  stopId: number;
  companyId: number | null;
  companyName: string | null;
  status: VisitStatus;
  plannedOn: string | null;
  center: LngLat | null;
  located: 'exact' | 'region' | null;
}

export interface MapCity {
  adcode: number;
  name: string;
  center: LngLat;
  visits: number;
  trips: number;
}

export interface MapRoute {
  tripId: number;
  title: string;
  points: LngLat[];
}

export interface YearMap {
  cities: MapCity[];
  routes: MapRoute[];
  homeCenter: LngLat | null;
}

export interface TimelineTrip {
  id: number;
  title: string;
  leaderId: number | null;
  leaderName: string | null;
  teamId: number | null;
  teamName: string | null;
  startsOn: string;
  endsOn: string;
  status: TripStatus;
  staffIds: number[];
}

export interface Clash {
  tripIds: [number, number];
  staffId: number;
  staffName: string;
  from: string;
  to: string;
}

export interface Timeline {
  trips: TimelineTrip[];
  clashes: Clash[];
}

/** Who would be away, and when: the plan being made, checked against the ones already made. */
export const busyInput = z
  .strictObject({
    startsOn: isoDate('出发日期'),
    endsOn: isoDate('返回日期'),
    staffIds: z.array(id('人员')).max(200, '人员过多'),
    /** The trip or reception being edited: it does not clash with itself. */
    exceptTripId: optionalId('行程编号'),
    exceptReceptionId: optionalId('接待编号'),
  })
  .refine((b) => b.endsOn >= b.startsOn, { message: '返回日期不能早于出发日期', path: ['endsOn'] });
export type BusyInput = z.input<typeof busyInput>;

export interface BusyItem {
  staffId: number;
  staffName: string;
  /** Away on another trip, or hosting a delegation at home. */
  kind: 'trip' | 'reception';
  refId: number;
  title: string;
  startsOn: string;
  endsOn: string;
  /** '王建国 已在「长三角招商考察」行程中（5月20日—5月23日）'. */
  message: string;
}
