import {
  addEvent,
  addStop,
  addVisit,
  createTrip,
  deleteTrip,
  getTrip,
  listTrips,
  markVisitDone,
  removeEvent,
  removeStop,
  removeVisit,
  reorderStops,
  updateStop,
  updateTrip,
  updateVisit,
} from '../../domain/trips';
import type { HandlerGroup } from '.';

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
};
