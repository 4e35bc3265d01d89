import {
  addEvent,
  addStop,
  addVisit,
  createTrip,
  deleteTrip,
  getTrip,
  listTrips,
  leaderQuotas,
  markVisitDone,
  nearbyLeads,
  optimiseTrip,
  periodTotals,
  quietDayWarningsFor,
  removeEvent,
  removeStop,
  removeVisit,
  reorderStops,
  staffBusy,
  tripTimeline,
  tripTotals,
  tripYearMap,
  updateStop,
  updateTrip,
  updateVisit,
  visitPlaces,
} from '../../domain/trips';
import type { HandlerGroup } from './types';

export const tripHandlers: HandlerGroup<'trips'> = {
  'trips.list': ({ db }, q) => listTrips(db, q),
  'trips.get': ({ db }, { id }) => getTrip(db, id),
  'trips.create': ({ db, actor }, input) => createTrip(db, actor, input),
  'trips.update': ({ db, actor }, input) => updateTrip(db, actor, input),
  'trips.delete': ({ db, actor }, { id }) => {
    deleteTrip(db, actor, id);
    return null;
  },
  'trips.addStop': ({ db, actor }, input) => addStop(db, actor, input),
  'trips.updateStop': ({ db, actor }, input) => updateStop(db, actor, input),
  'trips.removeStop': ({ db, actor }, { id }) => {
    removeStop(db, actor, id);
    return null;
  },
  'trips.reorderStops': ({ db, actor }, input) => reorderStops(db, actor, input),
  'trips.addVisit': ({ db, actor }, input) => addVisit(db, actor, input),
  'trips.updateVisit': ({ db, actor }, input) => updateVisit(db, actor, input),
  'trips.removeVisit': ({ db, actor }, { id }) => {
    removeVisit(db, actor, id);
    return null;
  },
  'trips.markVisitDone': ({ db, actor }, input) => markVisitDone(db, actor, input),
  'trips.addEvent': ({ db, actor }, input) => addEvent(db, actor, input),
  'trips.removeEvent': ({ db, actor }, { id }) => {
    removeEvent(db, actor, id);
    return null;
  },
  'trips.totals': ({ db }, input) => periodTotals(db, input),
  'trips.tripTotals': ({ db }, { id }) => tripTotals(db, id),
  'trips.optimise': ({ db }, input) => optimiseTrip(db, input),
  'trips.nearby': ({ db }, input) => nearbyLeads(db, input),
  'trips.quotas': ({ db }, input) => leaderQuotas(db, input),
  'trips.quietDayWarnings': ({ db }, input) => quietDayWarningsFor(db, input),
  'trips.yearMap': ({ db }, input) => tripYearMap(db, input),
  'trips.timeline': ({ db }, input) => tripTimeline(db, input),
  'trips.busy': ({ db }, input) => staffBusy(db, input),
  'trips.visitPlaces': ({ db }, { id }) => visitPlaces(db, id),
};
