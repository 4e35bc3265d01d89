import { z } from 'zod';
import { id } from '../shared/fields';
import { drillListQuery } from '../indicators/drillSchema';
import type { Page } from '../shared/listQuery';
import {
  eventAdd,
  stopAdd,
  stopsReorder,
  stopUpdate,
  tripCreate,
  tripUpdate,
  visitAdd,
  visitDone,
  visitUpdate,
  type StopEvent,
  type StopVisit,
  type TripDetail,
  type TripRow,
  type TripStop,
  type VisitDoneResult,
} from '../trips/schema';
import {
  busyInput,
  nearbyInput,
  optimiseInput,
  periodInput,
  quietDayInput,
  yearInput,
  type BusyItem,
  type NearbyLead,
  type OneTripTotals,
  type OptimiseResult,
  type PeriodTotals,
  type QuietDayWarning,
  type QuotaRow,
  type Timeline,
  type VisitPlace,
  type YearMap,
} from '../trips/planningSchema';
import { command, query } from './define';

const byId = (label: string) => z.strictObject({ id: id(label) });

export const tripChannels = {
  'trips.list': query<Page<TripRow>>()(drillListQuery),
  'trips.get': query<TripDetail>()(byId('行程编号')),
  'trips.create': command<TripDetail>()(tripCreate),
  'trips.update': command<TripDetail>()(tripUpdate),
  'trips.delete': command<null>()(byId('行程编号')),
  'trips.addStop': command<TripStop>()(stopAdd),
  'trips.updateStop': command<TripStop>()(stopUpdate),
  'trips.removeStop': command<null>()(byId('停靠点编号')),
  'trips.reorderStops': command<TripStop[]>()(stopsReorder),
  'trips.addVisit': command<StopVisit>()(visitAdd),
  'trips.updateVisit': command<StopVisit>()(visitUpdate),
  'trips.removeVisit': command<null>()(byId('走访编号')),
  'trips.markVisitDone': command<VisitDoneResult>()(visitDone),
  'trips.addEvent': command<StopEvent>()(eventAdd),
  'trips.removeEvent': command<null>()(byId('活动编号')),
  'trips.totals': query<PeriodTotals>()(periodInput),
  'trips.tripTotals': query<OneTripTotals>()(byId('行程编号')),
  /** Proposes an order only; applying it is trips.reorderStops. */
  'trips.optimise': query<OptimiseResult>()(optimiseInput),
  'trips.nearby': query<NearbyLead[]>()(nearbyInput),
  'trips.quotas': query<QuotaRow[]>()(yearInput),
  'trips.quietDayWarnings': query<QuietDayWarning[]>()(quietDayInput),
  'trips.yearMap': query<YearMap>()(yearInput),
  'trips.timeline': query<Timeline>()(yearInput),
  /** Leaders and members already away or hosting on these days; a warning, never a refusal. */
  'trips.busy': query<BusyItem[]>()(busyInput),
  'trips.visitPlaces': query<VisitPlace[]>()(byId('行程编号')),
};
