import { FIELD_NAMES as F } from '../shared/glossary';
import { z } from 'zod';
import {
  adcode,
  enumOf,
  flag,
  id,
  isoDate,
  optionalAdcode,
  optionalDate,
  optionalId,
  optionalText,
  requiredText,
} from '../shared/fields';

export const TRIP_STATUSES = ['planned', 'ongoing', 'done', 'cancelled'] as const;
export type TripStatus = (typeof TRIP_STATUSES)[number];
export const TRIP_STATUS_LABELS: Record<TripStatus, string> = {
  planned: '计划',
  ongoing: '进行中',
  done: '已完成',
  cancelled: '已取消',
};

export const VISIT_STATUSES = ['planned', 'done', 'cancelled'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];
export const VISIT_STATUS_LABELS: Record<VisitStatus, string> = {
  planned: '计划',
  done: '已走访',
  cancelled: '已取消',
};

export const EVENT_KINDS = ['promotion', 'forum', 'signing', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  promotion: '推介会',
  forum: '座谈会',
  signing: '签约仪式',
  other: '其他',
};

export const END_BEFORE_START = '返回日期不能早于出发日期';
export const DEPART_BEFORE_ARRIVE = '离开日期不能早于到达日期';

export const tripFields = {
  title: requiredText('行程名称', 100),
  leaderId: optionalId('带队领导'),
  teamId: optionalId('小分队'),
  purpose: optionalText('出行目的', 2000),
  startsOn: isoDate('出发日期'),
  endsOn: isoDate('返回日期'),
  status: enumOf(TRIP_STATUSES, '行程状态').optional(),
  homeAdcode: optionalAdcode('出发地'),
  returnHome: flag(),
  notes: optionalText('备注', 4000),
  /** Everyone travelling besides the leader; replaces the whole list when given. */
  memberIds: z.array(id('成员')).max(100, '成员最多100人').optional(),
};

export const tripCreate = z.strictObject(tripFields).refine((t) => t.endsOn >= t.startsOn, {
  message: END_BEFORE_START,
  path: ['endsOn'],
});
export type TripCreate = z.input<typeof tripCreate>;

export const tripUpdate = z.strictObject({ id: id('行程编号'), patch: z.strictObject(tripFields).partial() });
export type TripUpdate = z.input<typeof tripUpdate>;

export const stopFields = {
  adcode: adcode('停靠地'),
  placeName: requiredText('地点名称', 100),
  arriveOn: optionalDate('到达日期'),
  departOn: optionalDate('离开日期'),
  pinned: flag(),
  notes: optionalText('备注', 2000),
};
export const stopAdd = z.strictObject({ tripId: id('行程编号'), ...stopFields });
export type StopAdd = z.input<typeof stopAdd>;
export const stopUpdate = z.strictObject({
  id: id('停靠点编号'),
  patch: z.strictObject(stopFields).partial(),
});
export type StopUpdate = z.input<typeof stopUpdate>;
export const stopsReorder = z.strictObject({
  tripId: id('行程编号'),
  stopIds: z.array(id('停靠点编号')).max(500, '停靠点过多'),
});
export type StopsReorder = z.input<typeof stopsReorder>;

// 'done' is reachable only through markVisitDone, so a done visit always has its interaction.
const EDITABLE_VISIT_STATUSES = ['planned', 'cancelled'] as const;
export const visitFields = {
  companyId: optionalId('企业'),
  projectId: optionalId('项目'),
  plannedOn: optionalDate('计划走访日期'),
  status: enumOf(EDITABLE_VISIT_STATUSES, '走访状态').optional(),
  notes: optionalText('备注', 2000),
};
export const visitAdd = z.strictObject({ stopId: id('停靠点编号'), ...visitFields });
export type VisitAdd = z.input<typeof visitAdd>;
export const visitUpdate = z.strictObject({
  id: id('走访编号'),
  patch: z.strictObject(visitFields).partial(),
});
export type VisitUpdate = z.input<typeof visitUpdate>;

export const visitDone = z.strictObject({
  visitId: id('走访编号'),
  summary: requiredText('洽谈内容', 4000),
  on: optionalDate('走访日期'),
  theirAttendeesText: optionalText('对方参加人员', 500),
  stickingPoints: optionalText(F.interaction.stickingPoints, 2000),
  promises: optionalText('我方承诺', 2000),
  nextStep: optionalText('下一步工作', 1000),
  nextStepOn: optionalDate('下一步日期'),
  /** Our people present; defaults to the trip's leader and members. */
  staffIds: z.array(id('参加人员')).max(100).optional(),
});
export type VisitDone = z.input<typeof visitDone>;

export const eventAdd = z.strictObject({
  stopId: id('停靠点编号'),
  kind: enumOf(EVENT_KINDS, '活动类型'),
  title: requiredText('活动名称', 200),
  heldOn: optionalDate('活动日期'),
  notes: optionalText('备注', 2000),
});
export type EventAdd = z.input<typeof eventAdd>;

export interface Trip {
  id: number;
  title: string;
  leaderId: number | null;
  teamId: number | null;
  purpose: string | null;
  startsOn: string;
  endsOn: string;
  status: TripStatus;
  homeAdcode: number | null;
  returnHome: boolean;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface TripStop {
  id: number;
  tripId: number;
  seq: number;
  adcode: number;
  placeName: string;
  arriveOn: string | null;
  departOn: string | null;
  pinned: boolean;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface StopVisit {
  id: number;
  stopId: number;
  companyId: number | null;
  projectId: number | null;
  plannedOn: string | null;
  status: VisitStatus;
  interactionId: number | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface StopEvent {
  id: number;
  stopId: number;
  kind: EventKind;
  title: string;
  heldOn: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface VisitView extends StopVisit {
  companyName: string | null;
  projectName: string | null;
  /** Why the company seems to be in another city than the stop, or null. */
  elsewhere: string | null;
}

export interface StopView extends TripStop {
  visits: VisitView[];
  events: StopEvent[];
}

export interface TripDetail extends Trip {
  leaderName: string | null;
  teamName: string | null;
  members: { id: number; name: string }[];
  stops: StopView[];
}

export interface TripRow extends Trip {
  leaderName: string | null;
  teamName: string | null;
  days: number;
  stopCount: number;
  visitCount: number;
}

export interface VisitDoneResult {
  visit: StopVisit;
  interactionId: number;
}
