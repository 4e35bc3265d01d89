export { createTrip, deleteTrip, getTrip, listTrips, updateTrip } from './trips';
export { addStop, removeStop, reorderStops, updateStop } from './stops';
export { addEvent, addVisit, markVisitDone, removeEvent, removeVisit, updateVisit } from './visits';
export { events, stops, trips, visits } from './tables';
